import { asInput, missingParameter, optionalStringMap } from '../../../core/input';
import type { Sim } from '../../../sim';
import { queueFromInput } from '../queues';
import { checkTagCount, validateTags } from '../tags';

/** [V] A tag with an existing key overwrites it; too many tags changes nothing. */
export function tagQueue(sim: Sim, raw: unknown): Record<string, never> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const tags = optionalStringMap(input, 'Tags');
  if (tags === undefined || Object.keys(tags).length === 0) throw missingParameter('Tags');
  validateTags(tags);
  const next = { ...queue.tags, ...tags };
  checkTagCount(queue.name, Object.keys(next).length);
  queue.tags = next;
  return {};
}
