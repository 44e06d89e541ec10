import { invalidParameter } from '../../../engine/core/input';
import type { Sim } from '../../../engine/sim';
import { hideUntil, makeVisible, remove } from './lifecycle';
import type { SqsMessage, SqsQueue } from './model';
import type { DecodedReceipt } from './receipts';

/**
 * What a receipt handle can still do. [V] Deleting is idempotent; a standard queue honours an
 * expired handle; a FIFO queue refuses it. Changing visibility needs the message to still exist.
 */
const MAX_VISIBILITY_MS = 43_200_000;

export function deleteByReceipt(
  sim: Sim,
  queue: SqsQueue,
  { handle, messageKey }: DecodedReceipt,
  by: string,
): void {
  const message = queue.messages.get(messageKey);
  if (message === undefined) return;
  if (queue.fifo && !holdsCurrentReceipt(message, handle)) throw expiredHandle(handle);
  remove(queue, message);
  queue.metrics.NumberOfMessagesDeleted++;
  sim.emit({
    type: 'sqs/deleted',
    at: sim.now,
    queue: queue.name,
    messageId: message.messageId,
    n: message.n,
    by,
    receiveCount: message.receiveCount,
    inQueueMs: sim.now - message.enqueuedAt,
  });
}

export function changeVisibility(
  sim: Sim,
  queue: SqsQueue,
  { handle, messageKey }: DecodedReceipt,
  timeout: number,
  by: string,
): void {
  checkVisibilityTimeout(timeout);
  const message = queue.messages.get(messageKey);
  if (message === undefined || message.receipt?.handle !== handle) {
    throw invalidParameter(
      'ReceiptHandle',
      handle,
      'Message does not exist or is not available for visibility timeout change.',
    );
  }
  if (queue.fifo && message.state !== 'inflight') throw expiredHandle(handle);
  const receivedAt = message.receipt.receivedAt;
  if (sim.now + timeout * 1000 > receivedAt + MAX_VISIBILITY_MS) {
    throw invalidParameter(
      'VisibilityTimeout',
      timeout,
      'Total VisibilityTimeout for the message is beyond the limit [43200 seconds]',
    );
  }
  const visibleAt = sim.now + timeout * 1000;
  if (timeout === 0) {
    if (message.state === 'inflight') makeVisible(queue, message);
  } else hideUntil(queue, message, 'inflight', visibleAt);
  message.receipt.timeoutSeconds = timeout;
  sim.emit({
    type: 'sqs/visibility-changed',
    at: sim.now,
    queue: queue.name,
    messageId: message.messageId,
    n: message.n,
    by,
    visibilityTimeout: timeout,
    visibleAt,
  });
}

export function checkVisibilityTimeout(timeout: number): void {
  if (timeout < 0 || timeout > 43_200) {
    throw invalidParameter('VisibilityTimeout', timeout, 'Must be >= 0 and <= 43200, if provided.');
  }
}

function holdsCurrentReceipt(message: SqsMessage, handle: string): boolean {
  return message.receipt?.handle === handle && message.state === 'inflight';
}

function expiredHandle(handle: string) {
  return invalidParameter('ReceiptHandle', handle, 'The receipt handle has expired.');
}
