/** The canvas: mount <Canvas /> where the playground goes and <Palette /> beside it. */
export { Canvas } from './Canvas';
export { Palette } from './Palette';
export { ConnectForm } from './ConnectForm';
export { followLive } from './live';
