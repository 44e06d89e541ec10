/** The side and bottom panels; App mounts them (see the layout). */
export { Inspector } from './Inspector';
export { EventLog } from './EventLog';
export { Metrics } from './Metrics';
export { Announcer } from './Announcer';
/** Call once at start-up so metrics keep history from the first frame, chart on screen or not. */
export { recorderFor } from './metrics/recorder';
