import type { Protocol, SnsSubscription, SnsTopic, StoredNotification } from '../model';
import { notificationEnvelope } from './envelope';

/**
 * [V] With MessageStructure=json each protocol gets its own member ("sqs", "lambda", "http",
 * ...) when it is a string, else "default".
 */
export function messageFor(notification: StoredNotification, protocol: Protocol): string {
  const structure = notification.structure;
  if (structure === undefined) return notification.message;
  return structure[protocol] ?? structure.default ?? notification.message;
}

export function isRaw(subscription: SnsSubscription): boolean {
  return subscription.attributes.get('RawMessageDelivery') === 'true';
}

/** A SendMessage request for an SQS queue, without its QueueUrl. */
export interface SqsSend {
  MessageBody: string;
  MessageAttributes?: Record<
    string,
    { DataType: string; StringValue?: string; BinaryValue?: Uint8Array }
  >;
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
}

/**
 * What a subscription sends to an SQS queue (its endpoint, or its dead-letter queue): [V] raw
 * delivery sends the message verbatim with the SNS attributes as SQS message attributes;
 * otherwise the JSON envelope. [V] A FIFO topic gives a FIFO queue its MessageGroupId and
 * MessageDeduplicationId (the one published, or SHA-256 of the message); [V] a standard topic
 * forwards a MessageGroupId to a standard queue.
 */
export function sqsSend(
  context: { seed: number; region: string },
  topic: SnsTopic,
  subscription: SnsSubscription,
  notification: StoredNotification,
  queueArn: string,
): SqsSend {
  const message = messageFor(notification, 'sqs');
  const send: SqsSend = {
    MessageBody: isRaw(subscription)
      ? message
      : notificationEnvelope(
          context.seed,
          context.region,
          topic,
          subscription,
          notification,
          message,
        ),
  };
  if (isRaw(subscription) && Object.keys(notification.attributes).length > 0) {
    const attributes: NonNullable<SqsSend['MessageAttributes']> = Object.create(null) as never;
    for (const [name, value] of Object.entries(notification.attributes))
      attributes[name] = { ...value };
    send.MessageAttributes = attributes;
  }
  const fifoQueue = queueArn.endsWith('.fifo');
  if (topic.fifo && fifoQueue) {
    if (notification.groupId !== undefined) send.MessageGroupId = notification.groupId;
    if (notification.dedupId !== undefined) send.MessageDeduplicationId = notification.dedupId;
  } else if (!topic.fifo && !fifoQueue && notification.groupId !== undefined)
    send.MessageGroupId = notification.groupId;
  return send;
}
