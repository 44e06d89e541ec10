import type { ActorBehavior } from './behavior';

/** Actor kinds by name. */
const behaviors: Record<string, ActorBehavior> = {};

export function behaviorOf(kind: string): ActorBehavior {
  const behavior = behaviors[kind];
  if (behavior === undefined) throw new Error(`No actor behaviour for kind "${kind}".`);
  return behavior;
}

export function isActorKind(kind: string): boolean {
  return behaviors[kind] !== undefined;
}
