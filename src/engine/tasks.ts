import { runActorTask, type ActorTask } from './actors/tasks';
import { deliverToActor } from './actors/replies';
import type { Outcome, ReplyTo, Sim } from './sim';

/**
 * Each service's scheduled tasks, by service name; a service adds its union by module
 * augmentation, as for ServiceStates. A task's kind starts with its service's name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceTasks {}

/** Everything that can wait in the schedule. Tasks are data; this is where they come to life. */
export type Task =
  | ServiceTasks[keyof ServiceTasks]
  | ActorTask
  | { kind: 'reply'; replyTo: Extract<ReplyTo, { to: 'actor' }>; outcome: Outcome };

export function runTask(sim: Sim, task: Task): void {
  if (task.kind === 'reply') deliverToActor(sim, task.replyTo, task.outcome);
  else if (task.kind === 'actor/step') runActorTask(sim, task);
  else sim.registry.task(task.kind)?.(sim, task);
}
