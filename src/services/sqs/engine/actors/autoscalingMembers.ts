import type { Sim } from '../../../../engine/sim';
import { configOf, emitActor, runtimeOf, stepAt } from '../../../../engine/actors/act';
import type { AutoscalingConfig } from './autoscalingConfig';
import { consumer } from './consumer';
import { drainConsumer } from './consumerReceive';
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

export const groupRuntime = (group: ActorRecord) => runtimeOf<GroupRuntime>(group);

/** Drops members that left the world without telling the group (belt and braces: see lifecycle.ts). */
export function prune(sim: Sim, group: ActorRecord): void {
  const rt = groupRuntime(group);
  rt.members = rt.members.filter((m) => m.state === 'pending' || sim.state.actors.byId.has(m.id));
}

export const count = (group: ActorRecord, state: Member['state']) =>
  groupRuntime(group).members.filter((m) => m.state === state).length;

/** Launches an instance; it polls once InstanceWarmupSeconds have passed (at once when `ready`). */
export function launch(sim: Sim, group: ActorRecord, ready: boolean): void {
  const rt = groupRuntime(group);
  let id: string;
  do id = `${group.id}-${++rt.launched}`;
  while (sim.state.actors.byId.has(id) || rt.members.some((m) => m.id === id));
  rt.members.push({ id, state: 'pending' });
  emitActor(sim, group, 'instance-launched', { instance: id });
  if (ready) warmed(sim, group, id);
  else
    stepAt(
      sim,
      group,
      sim.now + configOf<AutoscalingConfig>(group).InstanceWarmupSeconds * 1000,
      'warmed',
      id,
    );
}

export function warmed(sim: Sim, group: ActorRecord, id: string): void {
  const member = groupRuntime(group).members.find((m) => m.id === id);
  if (member === undefined || member.state !== 'pending') return;
  member.state = 'in-service';
  const config = configOf<AutoscalingConfig>(group);
  addActor(
    sim,
    id,
    'consumer',
    { ...config.Template, QueueUrl: config.QueueUrl },
    { memberOf: group.id },
  );
}

/**
 * Scale-in: booting instances go first, then idle ones, then the newest. A busy instance is not
 * killed: it takes no more messages and leaves when its work in hand is done.
 */
export function retire(sim: Sim, group: ActorRecord, howMany: number): void {
  const rt = groupRuntime(group);
  const busy = (m: Member) => {
    const actor = sim.state.actors.byId.get(m.id);
    return actor !== undefined && consumer.status(actor) === 'processing' ? 1 : 0;
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
    if (actor !== undefined) drainConsumer(sim, actor);
  }
  prune(sim, group);
}

export function removeMembers(sim: Sim, group: ActorRecord): void {
  for (const m of groupRuntime(group).members) {
    const actor = sim.state.actors.byId.get(m.id);
    if (actor !== undefined) removeActor(sim, actor);
  }
  groupRuntime(group).members = [];
}
