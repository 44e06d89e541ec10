/**
 * Actors are the simulated programs around the services (producers, consumers, Lambda pollers,
 * autoscaling groups). Each is plain data; its behaviour lives in a module chosen by `kind`.
 */
export interface ActorRecord {
  id: string;
  kind: string;
  /** Bumped when the actor is reconfigured, crashed or removed, so its old tasks are ignored. */
  generation: number;
  config: Record<string, unknown>;
  /** Behaviour-owned runtime state (counters, in-flight work, status). */
  runtime: Record<string, unknown>;
}

export interface ActorsState {
  byId: Map<string, ActorRecord>;
}

export function createActorsState(): ActorsState {
  return { byId: new Map() };
}
