import { uuidFromCount } from '../../../../engine/core/ids';
import {
  asInput,
  optionalInteger,
  optionalString,
  requiredString,
} from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { encodeTaskHandle, existingQueue, requireArn, runMoveTask } from '../moveTasks';

export function startMessageMoveTask(sim: Sim, raw: unknown): { TaskHandle: string } {
  const input = asInput(raw);
  const sourceArn = requiredString(input, 'SourceArn');
  requireArn('SourceArn', sourceArn);
  const destinationArn = optionalString(input, 'DestinationArn');
  if (destinationArn !== undefined) requireArn('DestinationArn', destinationArn);
  const rate = optionalInteger(input, 'MaxNumberOfMessagesPerSecond');
  if (rate !== undefined && !(rate >= 1 && rate <= 500)) {
    throw sqsErrors.invalidParameterValue(
      "Value for parameter MaxNumberOfMessagesPerSecond is invalid. Reason: You must enter a number that's between 1 and 500.",
    );
  }
  const state = sim.state.sqs;
  const source = existingQueue(sim, 'SourceArn', sourceArn);
  const isDeadLetterQueue = [...state.queues.values()].some(
    (q) => q.config.redrive?.deadLetterTargetArn === source.arn,
  );
  if (!isDeadLetterQueue)
    throw sqsErrors.invalidParameterValue(
      'Source queue must be configured as a Dead Letter Queue.',
    );
  if (destinationArn !== undefined) {
    const destination = existingQueue(sim, 'DestinationArn', destinationArn);
    if (destination.arn === source.arn) {
      throw sqsErrors.invalidParameterValue(
        'Source queue arn and destination queue arn cannot be the same.',
      );
    }
    if (destination.fifo !== source.fifo) {
      throw sqsErrors.invalidParameterValue(
        'The source queue and destination queue must be of the same queue type.',
      );
    }
  }
  if (state.moveTasks.some((t) => t.sourceArn === source.arn && t.status === 'RUNNING')) {
    throw sqsErrors.invalidParameterValue(
      'There is already a task running. Only one active task is allowed for a source queue arn at a given time.',
    );
  }
  const taskHandle = encodeTaskHandle(
    uuidFromCount(sim.count('sqs-move-task'), 0x7a5c),
    source.arn,
  );
  state.moveTasks.push({
    taskHandle,
    sourceArn: source.arn,
    destinationArn,
    maxPerSecond: rate,
    status: 'RUNNING',
    moved: 0,
    toMove: source.counts.visible,
    startedAt: sim.now,
  });
  runMoveTask(sim, taskHandle);
  return { TaskHandle: taskHandle };
}
