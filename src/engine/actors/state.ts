/**
 * Actors are the simulated programs around the services (producers, consumers, Lambda pollers,
 * autoscaling groups). Each is plain data; its behaviour lives in a module chosen by `kind`, which
 * alone knows its config `C` and runtime `R` (the core sees any actor's as `object`).
 */
export interface ActorRecord<C extends object = object, R extends object = object> {
  id: string;
  kind: string;
  /** Bumped when the actor is reconfigured, crashed or removed, so its old tasks are ignored. */
  generation: number;
  /** The actor that launched it (a group's instance), which counts it until it leaves. */
  memberOf?: string;
  config: C;
  /** Behaviour-owned runtime state (counters, in-flight work, status). */
  runtime: R;
}

export interface ActorsState {
  byId: Map<string, ActorRecord>;
}

export function createActorsState(): ActorsState {
  return { byId: new Map() };
}
