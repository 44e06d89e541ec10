import type { Sim } from '../../../engine/sim';
import { remove, store, visibleCopy, wakeSoon } from './lifecycle';
import type { RedrivePolicy, SqsMessage, SqsQueue } from './model';
import { queueByArn } from './queues';
import { nextSequenceNumber } from './send';

/**
 * [V] A receive that would take a message past maxReceiveCount moves it to the dead-letter queue
 * instead of returning it. The copy keeps MessageId, body, attributes and receive count, and gains
 * DeadLetterQueueSourceArn. [D] SQS-DG setting-up-dead-letter-queue-retention: a standard DLQ keeps
 * the original enqueue timestamp (retention keeps counting), a FIFO DLQ resets it (starts over).
 * Returns false when the policy's target is gone, so the message is delivered as usual.
 */
export function moveToDeadLetterQueue(
  sim: Sim,
  source: SqsQueue,
  message: SqsMessage,
  policy: RedrivePolicy,
): boolean {
  const dlq = queueByArn(sim.state.sqs, policy.deadLetterTargetArn);
  if (dlq === undefined) return false;
  remove(source, message);
  const copy = visibleCopy(sim, message);
  copy.deadLetterSourceArn = source.arn;
  if (dlq.fifo) {
    // [D] In a FIFO dead-letter queue the deduplication id is replaced by the MessageId.
    copy.dedupId = message.messageId;
    copy.sequenceNumber = nextSequenceNumber(dlq);
    copy.enqueuedAt = sim.now;
  }
  store(dlq, copy);
  sim.emit({
    type: 'sqs/moved-to-dlq',
    at: sim.now,
    queue: source.name,
    messageId: message.messageId,
    n: message.n,
    deadLetterQueue: dlq.name,
    receiveCount: message.receiveCount,
    maxReceiveCount: policy.maxReceiveCount,
  });
  wakeSoon(sim, dlq);
  return true;
}
