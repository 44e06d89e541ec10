import { AwsError } from '../core/errors';
import { asInput, requiredString } from '../core/input';
import { addActor } from '../actors/lifecycle';
import type { Sim } from '../sim';
import { actorIdFrom, configFrom, describe } from './actors';

/** CreateActor {ActorId, Kind, Config}: validates the whole config before anything changes. */
export function createActor(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const id = actorIdFrom(input);
  const kind = requiredString(input, 'Kind');
  if (!sim.registry.isActorKind(kind)) {
    throw new AwsError(
      'ValidationException',
      `Kind must be one of ${sim.registry.actorKinds().join(', ')} (got ${JSON.stringify(kind)}).`,
    );
  }
  if (sim.state.actors.byId.has(id))
    throw new AwsError('ResourceInUseException', `Actor ${id} already exists.`);
  const behavior = sim.registry.behavior(kind);
  const config = behavior.configure(configFrom(input));
  return describe(sim, addActor(sim, id, kind, config));
}
