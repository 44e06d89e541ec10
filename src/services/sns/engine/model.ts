/**
 * Amazon SNS's part of the world, as plain data (a snapshot clones it): topics, their
 * subscriptions, confirmation tokens, and the notifications still on their way.
 */

/** A message attribute as Publish takes it (a Binary value kept as bytes). */
export interface SnsAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}

export type SnsAttributes = Readonly<Record<string, SnsAttributeValue>>;

/** CloudWatch's per-topic metrics (AWS/SNS namespace), as running totals. */
export interface TopicMetrics {
  NumberOfMessagesPublished: number;
  NumberOfNotificationsDelivered: number;
  NumberOfNotificationsFailed: number;
  NumberOfNotificationsFilteredOut: number;
  'NumberOfNotificationsFilteredOut-MessageAttributes': number;
  'NumberOfNotificationsFilteredOut-MessageBody': number;
  'NumberOfNotificationsFilteredOut-NoMessageAttributes': number;
  'NumberOfNotificationsFilteredOut-InvalidAttributes': number;
  'NumberOfNotificationsFilteredOut-InvalidMessageBody': number;
  NumberOfNotificationsRedrivenToDlq: number;
  NumberOfNotificationsFailedToRedriveToDlq: number;
  /** Bytes published (message plus attributes), summed. */
  PublishSize: number;
}

export interface DedupEntry {
  messageId: string;
  sequenceNumber: string;
  at: number;
}

export interface SnsTopic {
  arn: string;
  name: string;
  fifo: boolean;
  /** Creation ordinal: list order and page tokens. */
  seq: number;
  /** Attributes set at creation or since, as AWS strings (defaults are computed on read). */
  attributes: Map<string, string>;
  tags: Map<string, string>;
  /** Subscription ARNs in creation order. */
  subscriptions: string[];
  subscriptionsDeleted: number;
  /** FIFO: deduplication ids seen in the last 5 minutes, by key (see fifo.ts). */
  dedup: Map<string, DedupEntry>;
  /** FIFO: SequenceNumber counter. */
  sequence: number;
  metrics: TopicMetrics;
}

export type Protocol =
  'http' | 'https' | 'email' | 'email-json' | 'sms' | 'sqs' | 'application' | 'lambda' | 'firehose';

export interface SnsSubscription {
  arn: string;
  seq: number;
  topicArn: string;
  protocol: Protocol;
  endpoint: string;
  owner: string;
  principal: string;
  pendingConfirmation: boolean;
  confirmationWasAuthenticated: boolean;
  /** Settable attributes as set (RawMessageDelivery lower-cased). */
  attributes: Map<string, string>;
  /** FIFO topics: when the last delivery was scheduled, so deliveries keep publish order. */
  lastDeliveryAt: number;
}

/** A notification on its way to subscriptions; dropped when its last delivery ends. */
export interface StoredNotification {
  key: number;
  /** Ordinal of the publish in this world, for readable labels ("n-4"). */
  n: number;
  messageId: string;
  topicArn: string;
  topicName: string;
  message: string;
  /** MessageStructure=json: the string value per protocol key ("default", "sqs", ...). */
  structure?: Record<string, string>;
  subject?: string;
  attributes: SnsAttributes;
  groupId?: string;
  dedupId?: string;
  sequenceNumber?: string;
  publishedAt: number;
  /** Deliveries not finished yet. */
  pending: number;
}

export interface ConfirmationToken {
  subscriptionArn: string;
  topicArn: string;
  issuedAt: number;
}

export interface SnsState {
  region: string;
  accountId: string;
  topics: Map<string, SnsTopic>;
  subscriptions: Map<string, SnsSubscription>;
  tokens: Map<string, ConfirmationToken>;
  notifications: Map<number, StoredNotification>;
}

export function createSnsState(): SnsState {
  return {
    region: 'us-east-1',
    accountId: '123456789012',
    topics: new Map(),
    subscriptions: new Map(),
    tokens: new Map(),
    notifications: new Map(),
  };
}

export function emptyMetrics(): TopicMetrics {
  return {
    NumberOfMessagesPublished: 0,
    NumberOfNotificationsDelivered: 0,
    NumberOfNotificationsFailed: 0,
    NumberOfNotificationsFilteredOut: 0,
    'NumberOfNotificationsFilteredOut-MessageAttributes': 0,
    'NumberOfNotificationsFilteredOut-MessageBody': 0,
    'NumberOfNotificationsFilteredOut-NoMessageAttributes': 0,
    'NumberOfNotificationsFilteredOut-InvalidAttributes': 0,
    'NumberOfNotificationsFilteredOut-InvalidMessageBody': 0,
    NumberOfNotificationsRedrivenToDlq: 0,
    NumberOfNotificationsFailedToRedriveToDlq: 0,
    PublishSize: 0,
  };
}
