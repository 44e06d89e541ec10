import type { Sim } from '../sim';

/** ListActors → {Actors: [{ActorId, Kind, Status}]}, in order of creation. */
export function listActors(sim: Sim) {
  const Actors = [...sim.state.actors.byId.values()].map((actor) => ({
    ActorId: actor.id,
    Kind: actor.kind,
    Status: sim.registry.behavior(actor.kind).status(actor),
  }));
  return { Actors };
}
