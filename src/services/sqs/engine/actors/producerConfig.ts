import {
  decimal,
  defined,
  fields,
  finish,
  integer,
  nested,
  oneOf,
  flag,
  problem,
  stringMap,
  text,
  type Fields,
} from '../../../../engine/actors/config';

/** A program sending to one SQS queue at a rate. Templates take {n} (1, 2, ...) and {groupId}. */
export interface ProducerConfig {
  QueueUrl: string;
  MessagesPerSecond: number;
  /** constant: evenly spaced; poisson: random gaps with the same mean (independent arrivals). */
  Arrival: 'constant' | 'poisson';
  /** Every EverySeconds, ExtraMessages more at once. */
  Burst?: { EverySeconds: number; ExtraMessages: number };
  BodyTemplate: string;
  /** String message attributes, by name; values are templates. */
  MessageAttributes?: Record<string, string>;
  /** FIFO: fixed (Value), round-robin or random over Groups groups named group-1 … group-K. */
  GroupIdPattern?: { Mode: 'fixed' | 'round-robin' | 'random'; Value: string; Groups: number };
  /** FIFO: a template such as "order-{n}"; absent = none, relying on ContentBasedDeduplication. */
  DeduplicationIdTemplate?: string;
  /** 1 = SendMessage; 2–10 = SendMessageBatch with that many entries. */
  BatchSize: number;
  DelaySeconds?: number;
  /** Stop after this many messages. */
  MaxMessages?: number;
  /** The AWS account the producer calls from; absent: the queue's own account. */
  AccountId?: string;
  /** false: plain HTTP (aws:SecureTransport is "false", which a queue policy may deny). */
  UseHttps?: boolean;
  /** Sends as an AWS service (SNS, S3, EventBridge) instead of an IAM principal. */
  ServicePrincipal?: (typeof SERVICE_PRINCIPALS)[number];
  /** The topic, bucket or rule the service sends for (aws:SourceArn). */
  SourceArn?: string;
}

/** The AWS services that commonly send to a queue, by their service principal. */
export const SERVICE_PRINCIPALS = [
  'sns.amazonaws.com',
  's3.amazonaws.com',
  'events.amazonaws.com',
] as const;

const KEYS = [
  'QueueUrl',
  'MessagesPerSecond',
  'Arrival',
  'Burst',
  'BodyTemplate',
  'MessageAttributes',
  'GroupIdPattern',
  'DeduplicationIdTemplate',
  'BatchSize',
  'DelaySeconds',
  'MaxMessages',
  'AccountId',
  'UseHttps',
  'ServicePrincipal',
  'SourceArn',
] as const;

export function configureProducer(raw: unknown): ProducerConfig {
  const f = fields(raw, KEYS);
  const burst = nested(f, 'Burst', ['EverySeconds', 'ExtraMessages']);
  const group = nested(f, 'GroupIdPattern', ['Mode', 'Value', 'Groups']);
  const attributes = stringMap(f, 'MessageAttributes');
  if (attributes !== undefined && Object.keys(attributes).length > 10) {
    problem(f, 'MessageAttributes may have at most 10 entries (the SQS limit).');
  }
  const config = defined({
    QueueUrl: text(f, 'QueueUrl', { required: true }) ?? '',
    MessagesPerSecond: decimal(f, 'MessagesPerSecond', { min: 0, max: 10_000, above: true }) ?? 1,
    Arrival: oneOf(f, 'Arrival', ['constant', 'poisson'] as const) ?? 'constant',
    Burst:
      burst === undefined
        ? undefined
        : {
            EverySeconds: integer(burst, 'EverySeconds', { min: 1, max: 86_400 }) ?? 60,
            ExtraMessages: integer(burst, 'ExtraMessages', { min: 1, max: 10_000 }) ?? 10,
          },
    BodyTemplate: text(f, 'BodyTemplate', { maxLength: 262_144 }) ?? 'message {n}',
    MessageAttributes: attributes,
    GroupIdPattern:
      group === undefined
        ? undefined
        : {
            Mode: oneOf(group, 'Mode', ['fixed', 'round-robin', 'random'] as const) ?? 'fixed',
            Value: text(group, 'Value', { nonEmpty: true, maxLength: 128 }) ?? 'group-1',
            Groups: integer(group, 'Groups', { min: 1, max: 10_000 }) ?? 3,
          },
    DeduplicationIdTemplate: text(f, 'DeduplicationIdTemplate', { nonEmpty: true, maxLength: 128 }),
    BatchSize: integer(f, 'BatchSize', { min: 1, max: 10 }) ?? 1,
    DelaySeconds: integer(f, 'DelaySeconds', { min: 0, max: 900 }),
    MaxMessages: integer(f, 'MaxMessages', { min: 1, max: 100_000_000 }),
    AccountId: accountId(f),
    UseHttps: flag(f, 'UseHttps'),
    ServicePrincipal: oneOf(f, 'ServicePrincipal', SERVICE_PRINCIPALS),
    SourceArn: sourceArn(f),
  });
  if (config.ServicePrincipal !== undefined && config.AccountId !== undefined)
    problem(f, 'AccountId and ServicePrincipal exclude each other: a service sends as itself.');
  finish(f, 'producer');
  return config;
}

function accountId(f: Fields): string | undefined {
  const value = text(f, 'AccountId', { nonEmpty: true, maxLength: 12 });
  if (value !== undefined && !/^\d{12}$/.test(value)) {
    problem(f, `AccountId must be 12 digits (got ${JSON.stringify(value)}).`);
    return undefined;
  }
  return value;
}

function sourceArn(f: Fields): string | undefined {
  const value = text(f, 'SourceArn', { nonEmpty: true, maxLength: 2048 });
  if (value !== undefined && !value.startsWith('arn:')) {
    problem(f, `SourceArn must be an ARN (got ${JSON.stringify(value)}).`);
    return undefined;
  }
  return value;
}
