import { asInput, invalidParameter, requiredString } from '../../../core/input';
import type { Sim } from '../../../sim';
import { readPolicy, writePolicy } from '../permissions';
import { queueFromInput } from '../queues';

/** [V] Removing the last statement removes the Policy attribute. */
export function removePermission(sim: Sim, raw: unknown): Record<string, never> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const label = requiredString(input, 'Label');
  const policy = readPolicy(queue);
  const kept = policy.Statement.filter((s) => s.Sid !== label);
  if (kept.length === policy.Statement.length)
    throw invalidParameter('Label', label, "can't find label.");
  writePolicy(queue, { ...policy, Statement: kept });
  return {};
}
