import { asInput } from '../../../engine/core/input';
import type { Sim } from '../../../engine/sim';
import type { MessageAttributeValue, SqsMessage } from './model';
import { queueFromInput } from './queues';

/** A stored message as the message browser shows it: everything, and nothing consumed. */
export interface PeekedMessage {
  MessageId: string;
  /** Ordinal of the send in this world ("m-12"). */
  N: number;
  Body: string;
  State: 'delayed' | 'visible' | 'inflight';
  ReceiveCount: number;
  SentTimestamp: number;
  /** When a delayed or in-flight message becomes visible (epoch ms). */
  VisibleAt?: number;
  /** The current receive's time and visibility timeout, for in-flight countdowns. */
  ReceivedAt?: number;
  VisibilityTimeout?: number;
  MessageAttributes: Record<string, MessageAttributeValue>;
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
  SequenceNumber?: string;
  DeadLetterQueueSourceArn?: string;
}

/**
 * PeekMessages {QueueUrl}: every message the queue holds, oldest first, without receiving it.
 * Unlike the AWS console's poll, looking does not count as a receive.
 */
export function peekMessages(sim: Sim, raw: unknown): { Messages: PeekedMessage[] } {
  const queue = queueFromInput(sim.state.sqs, asInput(raw));
  const messages = [...queue.messages.values()].sort((a, b) => a.key - b.key);
  return { Messages: messages.map(peek) };
}

function peek(m: SqsMessage): PeekedMessage {
  const out: PeekedMessage = {
    MessageId: m.messageId,
    N: m.n,
    Body: m.body,
    State: m.state,
    ReceiveCount: m.receiveCount,
    SentTimestamp: m.sentAt,
    MessageAttributes: m.attributes,
  };
  if (m.state !== 'visible') out.VisibleAt = m.visibleAt;
  if (m.receipt !== undefined && m.state === 'inflight') {
    out.ReceivedAt = m.receipt.receivedAt;
    out.VisibilityTimeout = m.receipt.timeoutSeconds;
  }
  if (m.groupId !== undefined) out.MessageGroupId = m.groupId;
  if (m.dedupId !== undefined) out.MessageDeduplicationId = m.dedupId;
  if (m.sequenceNumber !== undefined) out.SequenceNumber = m.sequenceNumber;
  if (m.deadLetterSourceArn !== undefined) out.DeadLetterQueueSourceArn = m.deadLetterSourceArn;
  return out;
}
