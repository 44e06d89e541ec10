import type { Sim } from '../../../../engine/sim';
import { emitActor, stepAt } from '../../../../engine/actors/act';
import type { AutoscalingConfig } from './autoscalingConfig';
import { addActor, removeActor } from '../../../../engine/actors/lifecycle';
import type { ActorRecord } from '../../../../engine/actors/state';

/** An instance of the group: booting (pending), consuming (in-service), or finishing (terminating). */
export interface Member {
  id: string;
  state: 'pending' | 'in-service' | 'terminating';
}

export interface GroupRuntime {
  members: Member[];
  launched: number;
  desired: number;
  /** DesiredCapacity as last configured, to tell an UpdateActor that changes it. */
  configuredDesired: number;
  lastScaleOutAt?: number;
  lastScaleAt?: number;
  highStreak: number;
  lowStreak: number;
  visible: number;
  backlogPerInstance: number;
}

/** An autoscaling group as the world keeps it. */
export type Group = ActorRecord<AutoscalingConfig, GroupRuntime>;

/** Drops members that left the world without telling the group (belt and braces: see lifecycle.ts). */
export function prune(sim: Sim, group: Group): void {
  const rt = group.runtime;
  rt.members = rt.members.filter((m) => m.state === 'pending' || sim.state.actors.byId.has(m.id));
}

export const count = (group: Group, state: Member['state']) =>
  group.runtime.members.filter((m) => m.state === state).length;

/** Launches an instance; it polls once InstanceWarmupSeconds have passed (at once when `ready`). */
export function launch(sim: Sim, group: Group, ready: boolean): void {
  const rt = group.runtime;
  let id: string;
  do id = `${group.id}-${++rt.launched}`;
  while (sim.state.actors.byId.has(id) || rt.members.some((m) => m.id === id));
  rt.members.push({ id, state: 'pending' });
  emitActor(sim, group, 'instance-launched', { instance: id });
  if (ready) warmed(sim, group, id);
  else stepAt(sim, group, sim.now + group.config.InstanceWarmupSeconds * 1000, 'warmed', id);
}

export function warmed(sim: Sim, group: Group, id: string): void {
  const member = group.runtime.members.find((m) => m.id === id);
  if (member === undefined || member.state !== 'pending') return;
  member.state = 'in-service';
  const config = group.config;
  addActor(sim, id, 'consumer', { ...config.Template, QueueUrl: config.QueueUrl }, group.id);
}

/**
 * Scale-in: booting instances go first, then idle ones, then the newest. A busy instance is not
 * killed: it takes no more messages and leaves when its work in hand is done.
 */
export function retire(sim: Sim, group: Group, howMany: number): void {
  const rt = group.runtime;
  const busy = (m: Member) => {
    const actor = sim.state.actors.byId.get(m.id);
    const status = actor && sim.registry.behavior(actor.kind).status(actor);
    return status === 'processing' ? 1 : 0;
  };
  const candidates = rt.members
    .filter((m) => m.state !== 'terminating')
    .map((m, i) => ({ m, rank: m.state === 'pending' ? 0 : 1 + busy(m), i }))
    .sort((a, b) => a.rank - b.rank || b.i - a.i)
    .slice(0, howMany);
  for (const { m } of candidates) {
    emitActor(sim, group, 'instance-terminating', { instance: m.id });
    if (m.state === 'pending') {
      rt.members = rt.members.filter((x) => x !== m);
      continue;
    }
    m.state = 'terminating';
    const actor = sim.state.actors.byId.get(m.id);
    if (actor !== undefined) sim.registry.behavior(actor.kind).drain?.(sim, actor);
  }
  prune(sim, group);
}

export function removeMembers(sim: Sim, group: Group): void {
  for (const m of group.runtime.members) {
    const actor = sim.state.actors.byId.get(m.id);
    if (actor !== undefined) removeActor(sim, actor);
  }
  group.runtime.members = [];
}
