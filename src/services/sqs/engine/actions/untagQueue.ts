import { optionalStringList, type Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';

/** [V] Keys that are not there are ignored. */
export function untagQueue(_sim: Sim, input: Input, queue: SqsQueue): Record<string, never> {
  const keys = optionalStringList(input, 'TagKeys') ?? [];
  if (keys.length === 0 || keys.some((k) => k.length < 1 || k.length > 128)) {
    throw sqsErrors.invalidParameterValue(
      'Tag keys must be between 1 and 128 characters in length.',
    );
  }
  const next = { ...queue.tags };
  for (const key of keys) delete next[key];
  queue.tags = next;
  return {};
}
