import { missingParameter, optionalStringMap, type Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';
import { checkTagCount, validateTags } from '../tags';

/** [V] A tag with an existing key overwrites it; too many tags changes nothing. */
export function tagQueue(_sim: Sim, input: Input, queue: SqsQueue): Record<string, never> {
  const tags = optionalStringMap(input, 'Tags');
  if (tags === undefined || Object.keys(tags).length === 0) throw missingParameter('Tags');
  validateTags(tags);
  const next = { ...queue.tags, ...tags };
  checkTagCount(queue.name, Object.keys(next).length);
  queue.tags = next;
  return {};
}
