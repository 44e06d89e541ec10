import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { newKey } from '../keys';
import { describeKeyShape } from '../shape';
import { defaultKeyPolicy } from '../policies';
import { readPolicy } from './putKeyPolicy';

/** [D] CreateKey: a symmetric customer managed key; without Policy, the default key policy. */
export function createKey(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const policy =
    input.Policy === undefined ? defaultKeyPolicy(sim.state.kms.accountId) : readPolicy(input);
  const description = typeof input.Description === 'string' ? input.Description : '';
  return describeKeyShape(newKey(sim, { description, keyManager: 'CUSTOMER', policy }));
}
