import { runActorTask, type ActorTask } from './actors/tasks';
import { deliverToActor } from './actors/replies';
import { runSqsTask, type SqsTask } from './services/sqs';
import type { Outcome, ReplyTo, Sim } from './sim';

/** Everything that can wait in the schedule. Tasks are data; this is where they come to life. */
export type Task =
  | SqsTask
  | ActorTask
  | { kind: 'reply'; replyTo: Extract<ReplyTo, { to: 'actor' }>; outcome: Outcome };

export function runTask(sim: Sim, task: Task): void {
  if (task.kind === 'reply') deliverToActor(sim, task.replyTo, task.outcome);
  else if (task.kind.startsWith('sqs/')) runSqsTask(sim, task as SqsTask);
  else runActorTask(sim, task as ActorTask);
}
