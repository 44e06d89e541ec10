import {
  defined,
  fields,
  finish,
  nested,
  flag,
  problem,
  text,
  type Fields,
} from '../../../../engine/actors/config';
import { readChoice, readInteger, readText } from '../../../../engine/actors/settingReaders';
import { memberOf } from '../../../../engine/scenario/settings';
import {
  readSending,
  SENDING_KEYS,
  type SendingConfig,
} from '../../../../engine/actors/sendingConfig';
import { PRODUCER, type SERVICE_PRINCIPALS } from './producerSettings';

/** A program sending to one SQS queue at a rate. Templates as engine/actors/messageTemplate.ts reads them. */
export interface ProducerConfig extends SendingConfig {
  QueueUrl: string;
  /** Every EverySeconds, ExtraMessages more at once. */
  Burst?: { EverySeconds: number; ExtraMessages: number };
  /** 1 = SendMessage; 2–10 = SendMessageBatch with that many entries. */
  BatchSize: number;
  DelaySeconds?: number;
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
  ...SENDING_KEYS,
  'Burst',
  'BatchSize',
  'DelaySeconds',
  'AccountId',
  'UseHttps',
  'ServicePrincipal',
  'SourceArn',
] as const;

export function configureProducer(raw: unknown): ProducerConfig {
  const f = fields(raw, KEYS);
  const burst = nested(f, memberOf(PRODUCER.Burst), ['EverySeconds', 'ExtraMessages']);
  const shared = readSending(f, 'SQS');
  const p = PRODUCER;
  const config = defined({
    QueueUrl: text(f, 'QueueUrl', { required: true }) ?? '',
    MessagesPerSecond: shared.MessagesPerSecond,
    Arrival: shared.Arrival,
    Burst:
      burst === undefined
        ? undefined
        : {
            EverySeconds: readInteger(burst, p.EverySeconds),
            ExtraMessages: readInteger(burst, p.ExtraMessages),
          },
    BodyTemplate: shared.BodyTemplate,
    MessageAttributes: shared.MessageAttributes,
    GroupIdPattern: shared.GroupIdPattern,
    DeduplicationIdTemplate: shared.DeduplicationIdTemplate,
    BatchSize: readInteger(f, p.BatchSize),
    DelaySeconds: readInteger(f, p.DelaySeconds),
    MaxMessages: shared.MaxMessages,
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
