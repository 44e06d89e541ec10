import { asInput } from '../core/input';
import type { Sim } from '../sim';
import { actorFromInput, describe } from './actors';
import { cannot } from './crashActor';

/** RestartActor {ActorId}: a crashed actor resumes polling; a running one is rebooted. */
export function restartActor(sim: Sim, raw: unknown) {
  const actor = actorFromInput(sim, asInput(raw));
  const restart = sim.registry.behavior(actor.kind).restart;
  if (restart === undefined)
    throw cannot(sim, actor, 'restart', (k) => sim.registry.behavior(k).restart !== undefined);
  restart(sim, actor);
  return describe(sim, actor);
}
