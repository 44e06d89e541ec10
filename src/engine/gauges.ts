import type { Sim } from './sim';
import { queueGauges, type QueueGauges } from './services/sqs/gauges';
import { behaviorOf } from './actors/registry';

export interface WorldGauges {
  /** By queue name. */
  sqs: Record<string, QueueGauges>;
  /** By actor id. */
  actors: Record<string, Record<string, number | string>>;
}

export function worldGauges(sim: Sim): WorldGauges {
  const sqs: Record<string, QueueGauges> = {};
  for (const queue of sim.state.sqs.queues.values()) sqs[queue.name] = queueGauges(queue, sim.now);
  const actors: Record<string, Record<string, number | string>> = {};
  for (const actor of sim.state.actors.byId.values())
    actors[actor.id] = behaviorOf(actor.kind).gauges(sim, actor);
  return { sqs, actors };
}
