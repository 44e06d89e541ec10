import {
  defined,
  fields,
  finish,
  nested,
  flag,
  problem,
  stringMap,
  text,
  type Fields,
} from '../../../../engine/actors/config';
import {
  readChoice,
  readDecimal,
  readInteger,
  readText,
} from '../../../../engine/actors/settingReaders';
import { memberOf } from '../../../../engine/scenario/settings';
import type { GroupIdPattern } from '../../../../engine/actors/messageTemplate';
import { readGroupIdPattern } from '../../../../engine/actors/sendingConfig';
import { PRODUCER, type SERVICE_PRINCIPALS } from './producerSettings';

/** A program sending to one SQS queue at a rate. Templates as engine/actors/messageTemplate.ts reads them. */
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
  GroupIdPattern?: GroupIdPattern;
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
  const burst = nested(f, memberOf(PRODUCER.Burst), ['EverySeconds', 'ExtraMessages']);
  const attributes = stringMap(f, 'MessageAttributes');
  if (attributes !== undefined && Object.keys(attributes).length > 10) {
    problem(f, 'MessageAttributes may have at most 10 entries (the SQS limit).');
  }
  const p = PRODUCER;
  const config = defined({
    QueueUrl: text(f, 'QueueUrl', { required: true }) ?? '',
    MessagesPerSecond: readDecimal(f, p.MessagesPerSecond),
    Arrival: readChoice(f, p.Arrival),
    Burst:
      burst === undefined
        ? undefined
        : {
            EverySeconds: readInteger(burst, p.EverySeconds),
            ExtraMessages: readInteger(burst, p.ExtraMessages),
          },
    BodyTemplate: readText(f, p.BodyTemplate),
    MessageAttributes: attributes,
    GroupIdPattern: readGroupIdPattern(f),
    DeduplicationIdTemplate: readText(f, p.DeduplicationIdTemplate),
    BatchSize: readInteger(f, p.BatchSize),
    DelaySeconds: readInteger(f, p.DelaySeconds),
    MaxMessages: readInteger(f, p.MaxMessages),
    AccountId: accountId(f),
    // Absent stays absent (HTTPS, the default): the stored config is what the scenario says.
    UseHttps: flag(f, memberOf(p.UseHttps)),
    ServicePrincipal: readChoice(f, p.ServicePrincipal),
    SourceArn: sourceArn(f),
  });
  if (config.ServicePrincipal !== undefined && config.AccountId !== undefined)
    problem(f, 'AccountId and ServicePrincipal exclude each other: a service sends as itself.');
  finish(f, 'producer');
  return config;
}

function accountId(f: Fields): string | undefined {
  const value = readText(f, PRODUCER.AccountId);
  if (value !== undefined && !/^\d{12}$/.test(value)) {
    problem(f, `AccountId must be 12 digits (got ${JSON.stringify(value)}).`);
    return undefined;
  }
  return value;
}

function sourceArn(f: Fields): string | undefined {
  const value = readText(f, PRODUCER.SourceArn);
  if (value !== undefined && !value.startsWith('arn:')) {
    problem(f, `SourceArn must be an ARN (got ${JSON.stringify(value)}).`);
    return undefined;
  }
  return value;
}
