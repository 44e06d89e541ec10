import type { Sim } from '../sim';
import type { ActorRecord } from './state';

/**
 * Birth and death of actors, for CreateActor/DeleteActor and for groups that launch members.
 * A new incarnation's generations start far from any earlier actor's with the same id, so a
 * removed actor's leftover steps and replies never reach its successor. `config` is one the
 * kind's configure made (or would make); `memberOf` names the group that launched it.
 */
export function addActor(
  sim: Sim,
  id: string,
  kind: string,
  config: object,
  memberOf?: string,
): ActorRecord {
  const behavior = sim.registry.behavior(kind);
  const actor: ActorRecord = {
    id,
    kind,
    generation: sim.count('actor-incarnation') * 1_000_000,
    ...(memberOf === undefined ? {} : { memberOf }),
    config,
    runtime: behavior.runtime(sim, config, undefined),
  };
  sim.state.actors.byId.set(id, actor);
  sim.emit({ type: 'actor/created', at: sim.now, actor: id, kind });
  behavior.start(sim, actor, true);
  return actor;
}

/**
 * Starts a new incarnation (crash, restart, reconfigure): old steps and replies are ignored, and
 * long polls the old one left waiting are withdrawn, so they cannot swallow a message.
 */
export function newGeneration(sim: Sim, actor: ActorRecord): void {
  actor.generation++;
  for (const plugin of sim.registry.plugins) plugin.forgetCaller?.(sim, actor.id);
}

export function removeActor(
  sim: Sim,
  actor: ActorRecord,
  how: 'deleted' | 'terminated' = 'deleted',
): void {
  sim.registry.behavior(actor.kind).remove?.(sim, actor);
  newGeneration(sim, actor);
  sim.state.actors.byId.delete(actor.id);
  const group = actor.memberOf;
  // An instance that is gone no longer counts in its group (an Auto Scaling group sees it at once).
  const launcher = group === undefined ? undefined : sim.state.actors.byId.get(group);
  if (launcher !== undefined)
    sim.registry.behavior(launcher.kind).memberLeft?.(sim, launcher, actor.id);
  sim.emit({
    type: `actor/${how}`,
    at: sim.now,
    actor: actor.id,
    ...(group === undefined ? {} : { group }),
  });
}
