import { AwsError } from '../core/errors';
import { asInput } from '../core/input';
import type { ActorRecord } from '../actors/state';
import type { Sim } from '../sim';
import { actorFromInput, describe } from './actors';

/**
 * CrashActor {ActorId}: the process dies with whatever it had in hand, unfinished and
 * unacknowledged: its service hands that work out again by its own rules.
 */
export function crashActor(sim: Sim, raw: unknown) {
  const actor = actorFromInput(sim, asInput(raw));
  const crash = sim.registry.behavior(actor.kind).crash;
  if (crash === undefined)
    throw cannot(sim, actor, 'crash', (k) => sim.registry.behavior(k).crash !== undefined);
  crash(sim, actor);
  return describe(sim, actor);
}

export function cannot(
  sim: Sim,
  actor: ActorRecord,
  what: string,
  can: (kind: string) => boolean,
): AwsError {
  return new AwsError(
    'ValidationException',
    `Actor ${actor.id} is a ${actor.kind}, which cannot ${what}; kinds that can: ${sim.registry.actorKinds().filter(can).join(', ')}.`,
  );
}
