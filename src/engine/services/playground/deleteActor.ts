import { asInput } from '../../core/input';
import { behaviorOf } from '../../actors/registry';
import type { Sim } from '../../sim';
import { actorFromInput } from './actors';

/** DeleteActor {ActorId}: the actor stops at once; its pending steps and replies are dropped. */
export function deleteActor(sim: Sim, raw: unknown): Record<string, never> {
  const actor = actorFromInput(sim, asInput(raw));
  behaviorOf(actor.kind).remove?.(sim, actor);
  actor.generation++;
  sim.state.actors.byId.delete(actor.id);
  sim.emit({ type: 'actor/deleted', at: sim.now, actor: actor.id });
  return {};
}
