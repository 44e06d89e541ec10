import type { SettingSchema } from '../../../../engine/scenario/settings';
import { SENDING } from '../../../../engine/actors/sendingSettings';

/** The AWS services that commonly send to a queue, by their service principal. */
export const SERVICE_PRINCIPALS = [
  'sns.amazonaws.com',
  's3.amazonaws.com',
  'events.amazonaws.com',
] as const;

const inBurst = { path: ['Burst'], set: true } as const;

/**
 * A producer's knobs, in the inspector's order (those every sender shares from SENDING).
 * [D] SendMessageBatch takes up to 10 entries; DelaySeconds 0–900.
 */
export const PRODUCER = {
  MessagesPerSecond: SENDING.MessagesPerSecond,
  Arrival: SENDING.Arrival,
  Burst: {
    path: ['Burst'],
    type: 'block',
    help: 'Every few seconds, send extra messages at once.',
  },
  EverySeconds: {
    path: ['Burst', 'EverySeconds'],
    type: 'integer',
    min: 1,
    max: 86_400,
    default: 60,
    unit: 'seconds',
    help: 'Time between bursts.',
    when: inBurst,
  },
  ExtraMessages: {
    path: ['Burst', 'ExtraMessages'],
    type: 'integer',
    min: 1,
    max: 10_000,
    default: 10,
    help: 'Messages in each burst.',
    when: inBurst,
  },
  BodyTemplate: SENDING.BodyTemplate,
  BatchSize: {
    path: ['BatchSize'],
    type: 'integer',
    min: 1,
    max: 10,
    default: 1,
    help: '1: SendMessage; 2–10: SendMessageBatch entries.',
  },
  DelaySeconds: {
    path: ['DelaySeconds'],
    type: 'integer',
    min: 0,
    max: 900,
    unit: 'seconds',
    help: "Per-message delay; none: the queue's DelaySeconds.",
  },
  MaxMessages: SENDING.MaxMessages,
  GroupIdPattern: {
    ...SENDING.GroupIdPattern,
    help: 'FIFO queues: the MessageGroupId of each message.',
  },
  Mode: SENDING.Mode,
  Value: SENDING.Value,
  Groups: SENDING.Groups,
  DeduplicationIdTemplate: SENDING.DeduplicationIdTemplate,
  // Who the producer calls as: the queue policy and, on SSE-KMS queues, the key policy judge it.
  AccountId: {
    path: ['AccountId'],
    type: 'text',
    nonEmpty: true,
    maxLength: 12,
    format: '12 digits',
    help: "The AWS account it calls from; none: the queue's own account. Another account needs the queue policy (and a KMS key policy) to allow it.",
  },
  UseHttps: {
    path: ['UseHttps'],
    type: 'boolean',
    default: true,
    help: 'Off: plain HTTP, so aws:SecureTransport is false — a queue policy may deny that.',
  },
  ServicePrincipal: {
    path: ['ServicePrincipal'],
    type: 'choice',
    choices: SERVICE_PRINCIPALS,
    help: `Send as an AWS service: ${SERVICE_PRINCIPALS.slice(0, -1).join(', ')} or ${SERVICE_PRINCIPALS.at(-1) ?? ''}.`,
  },
  SourceArn: {
    path: ['SourceArn'],
    type: 'text',
    nonEmpty: true,
    maxLength: 2048,
    help: 'The topic, bucket or rule the service sends for (aws:SourceArn).',
    when: { path: ['ServicePrincipal'], set: true },
  },
} as const satisfies Record<string, SettingSchema>;

export const PRODUCER_SETTINGS: readonly SettingSchema[] = Object.values(PRODUCER);
