import { asInput } from '../core/input';
import { removeActor } from '../actors/lifecycle';
import type { Sim } from '../sim';
import { actorFromInput } from './actors';

/** DeleteActor {ActorId}: the actor stops at once; its pending steps and replies are dropped. */
export function deleteActor(sim: Sim, raw: unknown): Record<string, never> {
  removeActor(sim, actorFromInput(sim, asInput(raw)));
  return {};
}
