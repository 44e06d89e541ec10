import { isEmpty, md5OfAttributes, md5OfBody } from './digests';
import type { MessageAttributeValue, ReceiveRequest, SqsMessage, SqsQueue } from './model';

/** A message as ReceiveMessage returns it: the members AWS writes, in AWS's order. */
export interface ReceivedMessage {
  MessageId: string;
  ReceiptHandle: string;
  /** Left out for actors (see sendResult). */
  MD5OfBody?: string;
  Body: string;
  Attributes?: Record<string, string>;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, MessageAttributeValue>;
}

const SYSTEM_NAMES = [
  'SenderId',
  'SentTimestamp',
  'ApproximateReceiveCount',
  'ApproximateFirstReceiveTimestamp',
  'SequenceNumber',
  'MessageDeduplicationId',
  'MessageGroupId',
  'AWSTraceHeader',
  'DeadLetterQueueSourceArn',
] as const;

function systemAttribute(
  message: SqsMessage,
  name: (typeof SYSTEM_NAMES)[number],
): string | undefined {
  switch (name) {
    case 'SenderId':
      return message.senderId;
    case 'SentTimestamp':
      return String(message.sentAt);
    case 'ApproximateReceiveCount':
      return String(message.receiveCount);
    case 'ApproximateFirstReceiveTimestamp':
      return message.firstReceiveAt === undefined ? undefined : String(message.firstReceiveAt);
    case 'SequenceNumber':
      return message.sequenceNumber;
    case 'MessageDeduplicationId':
      return message.dedupId;
    case 'MessageGroupId':
      return message.groupId;
    case 'AWSTraceHeader':
      return message.systemAttributes.AWSTraceHeader?.StringValue;
    case 'DeadLetterQueueSourceArn':
      return message.deadLetterSourceArn;
  }
}

export const RECEIVABLE_SYSTEM_ATTRIBUTES: readonly string[] = [
  ...SYSTEM_NAMES,
  'All',
  'SqsManagedSseEnabled',
];

export type SystemName = (typeof SYSTEM_NAMES)[number] | 'SqsManagedSseEnabled';

/**
 * The system attributes a receive returns, in AWS's order. [V] "All" does not include
 * SqsManagedSseEnabled; it comes only when asked for by name. Undefined: no Attributes member.
 */
export function systemNamesFor(wanted: string[]): SystemName[] | undefined {
  if (wanted.length === 0) return undefined;
  const all = wanted.includes('All');
  const names: SystemName[] = SYSTEM_NAMES.filter((name) => all || wanted.includes(name));
  if (wanted.includes('SqsManagedSseEnabled')) names.push('SqsManagedSseEnabled');
  return names;
}

export function shape(
  queue: SqsQueue,
  message: SqsMessage,
  request: ReceiveRequest,
  systemNames: SystemName[] | undefined,
): ReceivedMessage {
  // Members in the order AWS writes them, with or without the digest.
  const out: ReceivedMessage = request.withDigests
    ? {
        MessageId: message.messageId,
        ReceiptHandle: message.receipt?.handle ?? '',
        MD5OfBody: md5OfBody(message, message.body),
        Body: message.body,
      }
    : {
        MessageId: message.messageId,
        ReceiptHandle: message.receipt?.handle ?? '',
        Body: message.body,
      };
  if (systemNames !== undefined) {
    const attributes: Record<string, string> = {};
    for (const name of systemNames) {
      const value =
        name === 'SqsManagedSseEnabled'
          ? (queue.attributes.SqsManagedSseEnabled ?? 'false')
          : systemAttribute(message, name);
      if (value !== undefined) attributes[name] = value;
    }
    out.Attributes = attributes;
  }
  if (request.messageAttributeNames.length === 0) return out;
  const selected = selectAttributes(message.attributes, request.messageAttributeNames);
  if (isEmpty(selected)) return out;
  const md5 = request.withDigests ? md5OfAttributes(selected) : undefined;
  if (md5 !== undefined) out.MD5OfMessageAttributes = md5;
  out.MessageAttributes = selected;
  return out;
}

/** [V] MessageAttributeNames: All, .*, * → every attribute; "prefix.*" by prefix; else exact names. */
function selectAttributes(
  attributes: Readonly<Record<string, MessageAttributeValue>>,
  names: string[],
): Record<string, MessageAttributeValue> {
  const all = names.some((n) => n === 'All' || n === '.*' || n === '*');
  const out = Object.create(null) as Record<string, MessageAttributeValue>;
  for (const [name, value] of Object.entries(attributes)) {
    const match =
      all || names.some((n) => (n.endsWith('.*') ? name.startsWith(n.slice(0, -2)) : n === name));
    if (match) out[name] = { ...value };
  }
  return out;
}
