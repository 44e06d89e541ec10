import type { Sim } from '../sim';

export interface ActorTask {
  kind: 'actor/step';
  actorId: string;
  generation: number;
  step: string;
  data?: unknown;
}

export function runActorTask(sim: Sim, task: ActorTask): void {
  const actor = sim.state.actors.byId.get(task.actorId);
  if (actor === undefined || actor.generation !== task.generation) return;
  sim.registry.behavior(actor.kind).onStep(sim, actor, task.step, task.data);
}
