import { asInput, requiredString } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { decodeTaskHandle, existingQueue, finish } from '../moveTasks';

/** [D] Only a RUNNING task can be cancelled; messages already moved stay moved. */
export function cancelMessageMoveTask(
  sim: Sim,
  raw: unknown,
): { ApproximateNumberOfMessagesMoved: number } {
  const handle = requiredString(asInput(raw), 'TaskHandle');
  const { sourceArn } = decodeTaskHandle(handle);
  existingQueue(sim, 'SourceArn', sourceArn);
  const task = sim.state.sqs.moveTasks.find((t) => t.taskHandle === handle);
  if (task === undefined) throw sqsErrors.resourceNotFound('Task does not exist.');
  if (task.status !== 'RUNNING') {
    throw sqsErrors.invalidParameterValue(
      `Only a task in RUNNING status can be cancelled; this task is ${task.status}.`,
    );
  }
  finish(sim, task, 'CANCELLED');
  return { ApproximateNumberOfMessagesMoved: task.moved };
}
