import { asInput, optionalInteger, requiredString } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { existingQueue, requireArn } from '../moveTasks';

/** [D]/[V] The most recent tasks of a source queue, newest first (default 1, at most 10). */
export function listMessageMoveTasks(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const sourceArn = requiredString(input, 'SourceArn');
  requireArn('SourceArn', sourceArn);
  const max = optionalInteger(input, 'MaxResults') ?? 1;
  if (max < 1 || max > 10) {
    throw sqsErrors.invalidParameterValue(
      "Value for parameter MaxResults is invalid. Reason: You must enter a number that's between 1 and 10.",
    );
  }
  existingQueue(sim, 'SourceArn', sourceArn);
  const tasks = sim.state.sqs.moveTasks
    .filter((t) => t.sourceArn === sourceArn)
    .reverse()
    .slice(0, max);
  return {
    Results: tasks.map((t) => ({
      ...(t.status === 'RUNNING' ? { TaskHandle: t.taskHandle } : {}),
      Status: t.status,
      SourceArn: t.sourceArn,
      ...(t.destinationArn === undefined ? {} : { DestinationArn: t.destinationArn }),
      ...(t.maxPerSecond === undefined ? {} : { MaxNumberOfMessagesPerSecond: t.maxPerSecond }),
      ApproximateNumberOfMessagesMoved: t.moved,
      ApproximateNumberOfMessagesToMove: t.toMove,
      ...(t.failureReason === undefined ? {} : { FailureReason: t.failureReason }),
      StartedTimestamp: t.startedAt,
    })),
  };
}
