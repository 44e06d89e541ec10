import { uuidFromCount } from '../../../engine/core/ids';
import type { Sim } from '../../../engine/sim';
import { fanOut } from './delivery/fanOut';
import type { SnsEvent } from './events';
import { DEDUP_WINDOW_MS, dedupKey, duplicateOf, nextSequenceNumber } from './fifo';
import type { SnsTopic, StoredNotification } from './model';
import type { PreparedNotification } from './publishEntry';

export interface PublishResult {
  MessageId: string;
  SequenceNumber?: string;
}

/**
 * Accepts a checked message on a topic: [V] on a FIFO topic a deduplication id seen in the last
 * 5 minutes is accepted but not delivered again (the answer repeats the first MessageId and
 * SequenceNumber); otherwise the notification is stored and its deliveries scheduled (see
 * fanOut). Delivery happens later in virtual time, never inside the Publish call.
 */
export function publishPrepared(
  sim: Sim,
  topic: SnsTopic,
  prepared: PreparedNotification,
  by: string,
): PublishResult {
  let key = '';
  if (topic.fifo && prepared.groupId !== undefined && prepared.dedupId !== undefined) {
    key = dedupKey(topic, prepared.groupId, prepared.dedupId);
    const original = duplicateOf(topic, key, sim.now);
    if (original !== undefined) {
      sim.emit({
        type: 'sns/duplicate-dropped',
        at: sim.now,
        topic: topic.name,
        by,
        dedupId: prepared.dedupId,
        originalMessageId: original.messageId,
        windowEndsAt: original.at + DEDUP_WINDOW_MS,
      });
      return { MessageId: original.messageId, SequenceNumber: original.sequenceNumber };
    }
  }
  const n = sim.count('sns-message');
  const notification: StoredNotification = {
    key: n,
    n,
    messageId: uuidFromCount(n, 0x5a5e),
    topicArn: topic.arn,
    topicName: topic.name,
    message: prepared.message,
    attributes: prepared.attributes,
    publishedAt: sim.now,
    pending: 0,
  };
  if (prepared.structure !== undefined) notification.structure = prepared.structure;
  if (prepared.subject !== undefined) notification.subject = prepared.subject;
  if (prepared.groupId !== undefined) notification.groupId = prepared.groupId;
  if (prepared.dedupId !== undefined) notification.dedupId = prepared.dedupId;
  if (topic.fifo) {
    notification.sequenceNumber = nextSequenceNumber(topic);
    topic.dedup.set(key, {
      messageId: notification.messageId,
      sequenceNumber: notification.sequenceNumber,
      at: sim.now,
    });
  }
  topic.metrics.NumberOfMessagesPublished++;
  topic.metrics.PublishSize += prepared.size;
  const subscriptions = fanOut(sim, topic, notification);
  const published: Extract<SnsEvent, { type: 'sns/published' }> = {
    type: 'sns/published',
    at: sim.now,
    topic: topic.name,
    messageId: notification.messageId,
    n,
    by,
    size: prepared.size,
    subscriptions,
  };
  if (notification.groupId !== undefined) published.groupId = notification.groupId;
  if (notification.sequenceNumber !== undefined)
    published.sequenceNumber = notification.sequenceNumber;
  sim.emit(published);
  const out: PublishResult = { MessageId: notification.messageId };
  if (notification.sequenceNumber !== undefined) out.SequenceNumber = notification.sequenceNumber;
  return out;
}
