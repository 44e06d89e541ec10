import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';

/** [V] A queue with no tags answers without a Tags member. */
export function listQueueTags(
  _sim: Sim,
  _input: Input,
  queue: SqsQueue,
): { Tags?: Record<string, string> } {
  return Object.keys(queue.tags).length === 0 ? {} : { Tags: { ...queue.tags } };
}
