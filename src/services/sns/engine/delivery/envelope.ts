import { isoTime } from '../../../../engine/core/isoTime';
import { base64Encode } from '../../../../engine/core/utf8';
import type { SnsAttributes, SnsSubscription, SnsTopic, StoredNotification } from '../model';
import { canonicalNotification, signature, signingCertUrl } from './signature';

/**
 * The JSON envelope a subscription receives when raw delivery is off ([V] LS-SNAP-SNS), members
 * in AWS's order: Type, MessageId, SequenceNumber (FIFO), TopicArn, Subject (when published
 * with one), Message, Timestamp (publish time, 3 fractional digits), SignatureVersion, Signature
 * and SigningCertURL (standard topics only: [V] FIFO envelopes carry none), UnsubscribeURL,
 * MessageAttributes (when there are any, as {Type, Value}; Binary in base64). Written the way
 * AWS writes it: one member per line, `"Key" : value`.
 */
export function notificationEnvelope(
  seed: number,
  region: string,
  topic: SnsTopic,
  subscription: SnsSubscription,
  notification: StoredNotification,
  message: string,
): string {
  const timestamp = isoTime(notification.publishedAt);
  const members: [string, unknown][] = [
    ['Type', 'Notification'],
    ['MessageId', notification.messageId],
  ];
  if (notification.sequenceNumber !== undefined)
    members.push(['SequenceNumber', notification.sequenceNumber]);
  members.push(['TopicArn', topic.arn]);
  if (notification.subject !== undefined) members.push(['Subject', notification.subject]);
  members.push(['Message', message], ['Timestamp', timestamp]);
  if (!topic.fifo) {
    const version = topic.attributes.get('SignatureVersion') ?? '1';
    const canonical = canonicalNotification({
      Message: message,
      MessageId: notification.messageId,
      ...(notification.subject === undefined ? {} : { Subject: notification.subject }),
      Timestamp: timestamp,
      TopicArn: topic.arn,
      Type: 'Notification',
    });
    members.push(
      ['SignatureVersion', version],
      ['Signature', signature(seed, version, canonical)],
      ['SigningCertURL', signingCertUrl(region)],
    );
  }
  members.push([
    'UnsubscribeURL',
    `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscription.arn}`,
  ]);
  const lines = members.map(
    ([key, value]) => `  ${JSON.stringify(key)} : ${JSON.stringify(value)}`,
  );
  const attributes = envelopeAttributes(notification.attributes);
  if (attributes.length > 0)
    lines.push(`  "MessageAttributes" : {\n${attributes.join(',\n')}\n  }`);
  return `{\n${lines.join(',\n')}\n}`;
}

function envelopeAttributes(attributes: SnsAttributes): string[] {
  return Object.entries(attributes).map(([name, value]) => {
    const text =
      value.BinaryValue !== undefined ? base64Encode(value.BinaryValue) : (value.StringValue ?? '');
    return `    ${JSON.stringify(name)} : ${JSON.stringify({ Type: value.DataType, Value: text })}`;
  });
}
