import { behaviorOf } from '../../actors/registry';
import type { Sim } from '../../sim';

/** ListActors → {Actors: [{ActorId, Kind, Status}]}, in order of creation. */
export function listActors(sim: Sim) {
  const Actors = [...sim.state.actors.byId.values()].map((actor) => ({
    ActorId: actor.id,
    Kind: actor.kind,
    Status: behaviorOf(actor.kind).status(actor),
  }));
  return { Actors };
}
