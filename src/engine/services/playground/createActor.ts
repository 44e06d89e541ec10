import { AwsError } from '../../core/errors';
import { asInput, requiredString } from '../../core/input';
import { actorKinds, behaviorOf, isActorKind } from '../../actors/registry';
import type { Sim } from '../../sim';
import { actorIdFrom, configFrom, describe, firstGeneration } from './actors';

/** CreateActor {ActorId, Kind, Config}: validates the whole config before anything changes. */
export function createActor(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const id = actorIdFrom(input);
  const kind = requiredString(input, 'Kind');
  if (!isActorKind(kind)) {
    throw new AwsError('ValidationException', `Kind must be one of ${actorKinds().join(', ')} (got ${JSON.stringify(kind)}).`);
  }
  if (sim.state.actors.byId.has(id)) throw new AwsError('ResourceInUseException', `Actor ${id} already exists.`);
  const behavior = behaviorOf(kind);
  const config = behavior.configure(configFrom(input));
  const actor = { id, kind, generation: firstGeneration(sim), config, runtime: {} };
  sim.state.actors.byId.set(id, actor);
  sim.emit({ type: 'actor/created', at: sim.now, actor: id, kind });
  behavior.start(sim, actor);
  return describe(sim, actor);
}
