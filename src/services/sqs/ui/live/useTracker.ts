import { followerOf, useFollower } from '../../../../ui/canvas/logFollower';
import { MessageTracker } from './messageTracker';

/** The store's message tracker (the queues' chips, the readers' polls, returning tokens). */
export const trackerFor = followerOf(() => new MessageTracker());

/** The tracker, re-rendering the caller when events arrive. */
export function useTracker(): MessageTracker {
  return useFollower(trackerFor);
}
