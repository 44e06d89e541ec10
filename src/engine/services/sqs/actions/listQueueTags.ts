import { asInput } from '../../../core/input';
import type { Sim } from '../../../sim';
import { queueFromInput } from '../queues';

/** [V] A queue with no tags answers without a Tags member. */
export function listQueueTags(sim: Sim, raw: unknown): { Tags?: Record<string, string> } {
  const queue = queueFromInput(sim.state.sqs, asInput(raw));
  return Object.keys(queue.tags).length === 0 ? {} : { Tags: { ...queue.tags } };
}
