import { asInput, optionalStringList } from '../../../core/input';
import type { Sim } from '../../../sim';
import { sqsErrors } from '../errors';
import { queueFromInput } from '../queues';

/** [V] Keys that are not there are ignored. */
export function untagQueue(sim: Sim, raw: unknown): Record<string, never> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
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
