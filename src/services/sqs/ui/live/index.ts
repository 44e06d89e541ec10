import type { UiLive } from '../../../../ui/plugins/plugin';
import { sqsPlaces } from './places';
import { trackerFor } from './useTracker';

/** SQS on the running canvas: its messages are tracked, and its events move tokens. */
export const sqsLive: UiLive = {
  follow: trackerFor,
  places(world, store) {
    const tracker = trackerFor(store);
    return sqsPlaces(world, (queue, id) => tracker.message(queue, id)?.receivedBy);
  },
};
