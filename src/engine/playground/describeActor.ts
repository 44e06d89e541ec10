import { asInput } from '../core/input';
import type { Sim } from '../sim';
import { actorFromInput, describe } from './actors';

/** DescribeActor {ActorId} → {ActorId, Kind, Config, Status, Gauges}. */
export function describeActor(sim: Sim, raw: unknown) {
  return describe(sim, actorFromInput(sim, asInput(raw)));
}
