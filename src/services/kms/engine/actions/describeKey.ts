import type { Sim } from '../../../../engine/sim';
import { keyFromInput } from '../keys';
import { describeKeyShape } from '../shape';

export function describeKey(sim: Sim, raw: unknown) {
  return describeKeyShape(keyFromInput(sim, raw));
}
