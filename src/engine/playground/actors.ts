import { AwsError } from '../core/errors';
import { requiredString, type Input } from '../core/input';
import type { ActorRecord } from '../actors/state';
import type { Sim } from '../sim';

/** Lookups and shapes shared by the actor actions. */
const ACTOR_ID = /^[A-Za-z0-9._-]{1,80}$/;

export function actorIdFrom(input: Input): string {
  const id = requiredString(input, 'ActorId');
  if (!ACTOR_ID.test(id)) {
    throw new AwsError(
      'ValidationException',
      `ActorId must be 1 to 80 letters, digits, '.', '_' or '-' (got ${JSON.stringify(id)}).`,
    );
  }
  return id;
}

export function actorFromInput(sim: Sim, input: Input): ActorRecord {
  const id = actorIdFrom(input);
  const actor = sim.state.actors.byId.get(id);
  if (actor === undefined)
    throw new AwsError('ResourceNotFoundException', `Actor ${id} does not exist.`, { status: 404 });
  return actor;
}

export function configFrom(input: Input): unknown {
  const config = input.Config;
  if (
    config !== undefined &&
    (typeof config !== 'object' || config === null || Array.isArray(config))
  ) {
    throw new AwsError('ValidationException', 'Config must be an object.');
  }
  return config ?? {};
}

export function describe(sim: Sim, actor: ActorRecord) {
  const behavior = sim.registry.behavior(actor.kind);
  return {
    ActorId: actor.id,
    Kind: actor.kind,
    Config: structuredCopy(actor.config),
    Status: behavior.status(actor),
    Gauges: behavior.gauges(sim, actor),
  };
}

/** Config is JSON-safe data; callers get their own copy. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
