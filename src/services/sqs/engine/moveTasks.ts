import { AwsError } from '../../../engine/core/errors';
import { Priority } from '../../../engine/core/scheduler';
import { base64Decode, base64Encode, utf8Bytes } from '../../../engine/core/utf8';
import type { Sim } from '../../../engine/sim';
import { sqsErrors } from './errors';
import { remove } from './lifecycle';
import type { MessageMoveTask, SqsMessage, SqsQueue } from './model';
import { afterChange } from './polls';
import { queueByArn } from './queues';
import { enqueue } from './send';

/**
 * [D]/[V] Dead-letter queue redrive. A task moves the source's messages, oldest first, at most
 * MaxNumberOfMessagesPerSecond (500 when left to the system), to DestinationArn or else back to
 * each message's original source. Moved messages are new messages: new MessageId, new enqueue time.
 */
export const SYSTEM_RATE = 500;

export function encodeTaskHandle(taskId: string, sourceArn: string): string {
  return base64Encode(utf8Bytes(JSON.stringify({ taskId, sourceArn })));
}

export function decodeTaskHandle(handle: string): { taskId: string; sourceArn: string } {
  const bytes = base64Decode(handle);
  try {
    const parsed = JSON.parse(bytes === undefined ? '' : String.fromCharCode(...bytes)) as Record<
      string,
      unknown
    >;
    if (typeof parsed.taskId === 'string' && typeof parsed.sourceArn === 'string') {
      return { taskId: parsed.taskId, sourceArn: parsed.sourceArn };
    }
  } catch {
    // fall through to the AWS error
  }
  throw sqsErrors.invalidParameterValue('Value for parameter TaskHandle is invalid.');
}

export function requireArn(name: string, value: string): void {
  if (!/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(value)) {
    throw sqsErrors.invalidParameterValue(
      `You must use this format to specify the ${name}: arn:<partition>:<service>:<region>:<account-id>:<resource-id>`,
    );
  }
}

export function existingQueue(sim: Sim, name: string, arn: string): SqsQueue {
  const queue = queueByArn(sim.state.sqs, arn);
  if (queue === undefined) {
    throw sqsErrors.resourceNotFound(
      `The resource that you specified for the ${name} parameter doesn't exist.`,
    );
  }
  return queue;
}

/** One step of a running task: move one message, then come back after 1/rate seconds. */
export function runMoveTask(sim: Sim, taskHandle: string): void {
  const task = sim.state.sqs.moveTasks.find((t) => t.taskHandle === taskHandle);
  if (task === undefined || task.status !== 'RUNNING') return;
  const source = queueByArn(sim.state.sqs, task.sourceArn);
  if (source === undefined)
    return finish(sim, task, 'FAILED', 'AWS.SimpleQueueService.NonExistentQueue');
  if (task.moved >= task.toMove || source.messages.size === 0)
    return finish(sim, task, 'COMPLETED');
  const message = oldestVisible(source);
  if (message !== undefined) {
    const destination = queueByArn(
      sim.state.sqs,
      task.destinationArn ?? message.deadLetterSourceArn ?? '',
    );
    if (destination === undefined)
      return finish(sim, task, 'FAILED', 'AWS.SimpleQueueService.NonExistentQueue');
    moveOne(sim, task, source, destination, message);
  }
  const interval = Math.ceil(1000 / (task.maxPerSecond ?? SYSTEM_RATE));
  sim.schedule(sim.now + interval, Priority.actor, { kind: 'sqs/move-task', taskHandle });
}

/** The first visible message in arrival order (messages are stored in the order they came in). */
function oldestVisible(queue: SqsQueue): SqsMessage | undefined {
  for (const message of queue.messages.values()) if (message.state === 'visible') return message;
  return undefined;
}

function moveOne(
  sim: Sim,
  task: MessageMoveTask,
  source: SqsQueue,
  destination: SqsQueue,
  message: SqsMessage,
): void {
  let result;
  try {
    result = enqueue(
      sim,
      destination,
      {
        body: message.body,
        attributes: message.attributes,
        systemAttributes: message.systemAttributes,
        size: message.size,
        ...(message.groupId === undefined ? {} : { groupId: message.groupId }),
        ...(destination.fifo ? { dedupId: message.dedupId ?? message.messageId } : {}),
      },
      'message-move-task',
    );
  } catch (error) {
    if (error instanceof AwsError) return finish(sim, task, 'FAILED', error.code);
    throw error;
  }
  remove(source, message);
  task.moved++;
  sim.emit({
    type: 'sqs/redriven',
    at: sim.now,
    queue: source.name,
    messageId: message.messageId,
    n: message.n,
    destination: destination.name,
    newMessageId: result.messageId,
    taskHandle: task.taskHandle,
  });
  afterChange(sim, destination);
}

export function finish(
  sim: Sim,
  task: MessageMoveTask,
  status: 'COMPLETED' | 'CANCELLED' | 'FAILED',
  reason?: string,
): void {
  task.status = status;
  if (reason !== undefined) task.failureReason = reason;
  const queue = task.sourceArn.split(':').pop() ?? task.sourceArn;
  sim.emit({
    type: 'sqs/move-task-finished',
    at: sim.now,
    queue,
    status,
    moved: task.moved,
    toMove: task.toMove,
  });
}
