import { invalidParameter, requiredString, type Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';
import { readPolicy, writePolicy } from '../permissions';

/** [V] Removing the last statement removes the Policy attribute. */
export function removePermission(_sim: Sim, input: Input, queue: SqsQueue): Record<string, never> {
  const label = requiredString(input, 'Label');
  const policy = readPolicy(queue);
  const kept = policy.Statement.filter((s) => s.Sid !== label);
  if (kept.length === policy.Statement.length)
    throw invalidParameter('Label', label, "can't find label.");
  writePolicy(queue, { ...policy, Statement: kept });
  return {};
}
