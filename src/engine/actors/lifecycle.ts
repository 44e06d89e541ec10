import type { Sim } from '../sim';
import type { ActorRecord } from './state';

/**
 * Birth and death of actors, for CreateActor/DeleteActor and for groups that launch members.
 * A new incarnation's generations start far from any earlier actor's with the same id, so a
 * removed actor's leftover steps and replies never reach its successor.
 */
export function addActor(
  sim: Sim,
  id: string,
  kind: string,
  config: Record<string, unknown>,
  runtime: Record<string, unknown> = {},
): ActorRecord {
  const actor: ActorRecord = {
    id,
    kind,
    generation: sim.count('actor-incarnation') * 1_000_000,
    config,
    runtime,
  };
  sim.state.actors.byId.set(id, actor);
  sim.emit({ type: 'actor/created', at: sim.now, actor: id, kind });
  sim.registry.behavior(kind).start(sim, actor);
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
  const group = actor.runtime.memberOf;
  if (typeof group === 'string') leaveGroup(sim, group, actor.id);
  sim.emit({
    type: `actor/${how}`,
    at: sim.now,
    actor: actor.id,
    ...(typeof group === 'string' ? { group } : {}),
  });
}

/** An instance that is gone no longer counts in its group (an Auto Scaling group sees it at once). */
function leaveGroup(sim: Sim, groupId: string, memberId: string): void {
  const group = sim.state.actors.byId.get(groupId);
  const members = group?.runtime.members;
  if (group === undefined || !Array.isArray(members)) return;
  group.runtime.members = members.filter((m: { id: string }) => m.id !== memberId);
}
