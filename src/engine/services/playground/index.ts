import type { ActionHandler } from '../../sim';
import { setQueueBehavior } from './setQueueBehavior';

/**
 * Controls that are the playground's, not AWS's: actors (producers, consumers, ...) and how often
 * a standard queue shows its at-least-once nature. Named like AWS actions for one uniform door.
 */
export const playgroundActions: Record<string, ActionHandler> = {
  SetQueueBehavior: setQueueBehavior,
};
