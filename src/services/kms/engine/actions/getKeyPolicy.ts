import type { Sim } from '../../../../engine/sim';
import { keyFromInput } from '../keys';

/** [D] GetKeyPolicy: a key has one policy, "default" (PolicyName is optional). */
export function getKeyPolicy(sim: Sim, raw: unknown) {
  return { Policy: keyFromInput(sim, raw).policy, PolicyName: 'default' };
}
