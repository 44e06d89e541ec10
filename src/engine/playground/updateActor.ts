import { newGeneration } from '../actors/lifecycle';
import { asInput } from '../core/input';
import type { Sim } from '../sim';
import { actorFromInput, configFrom, describe } from './actors';

/**
 * UpdateActor {ActorId, Config}: the new members are merged over the current config and the
 * result re-validated. Like a redeploy, work in hand is abandoned (a consumer's in-flight
 * messages come back after their visibility timeout); counters carry on.
 */
export function updateActor(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const actor = actorFromInput(sim, input);
  const behavior = sim.registry.behavior(actor.kind);
  const merged = { ...actor.config, ...(configFrom(input) as Record<string, unknown>) };
  const config = behavior.configure(merged, actor.config);
  behavior.admitUpdate?.(sim, config);
  actor.config = config;
  newGeneration(sim, actor);
  sim.emit({ type: 'actor/reconfigured', at: sim.now, actor: actor.id });
  actor.runtime = behavior.runtime(sim, config, actor.runtime);
  behavior.start(sim, actor, false);
  return describe(sim, actor);
}
