import type { SettingSchema } from '../../../../engine/scenario/settings';

/** The AWS services that commonly send to a queue, by their service principal. */
export const SERVICE_PRINCIPALS = [
  'sns.amazonaws.com',
  's3.amazonaws.com',
  'events.amazonaws.com',
] as const;

const inBurst = { path: ['Burst'], set: true } as const;
const inGroups = { path: ['GroupIdPattern'], set: true } as const;

/**
 * A producer's knobs, in the inspector's order. [D] SendMessageBatch takes up to 10 entries;
 * DelaySeconds 0–900; MessageGroupId and MessageDeduplicationId up to 128 characters.
 */
export const PRODUCER = {
  MessagesPerSecond: {
    path: ['MessagesPerSecond'],
    type: 'decimal',
    min: 0,
    above: true,
    max: 10_000,
    default: 1,
    help: 'Average send rate.',
  },
  Arrival: {
    path: ['Arrival'],
    type: 'choice',
    choices: ['constant', 'poisson'],
    default: 'constant',
    help: 'Evenly spaced, or random gaps with the same mean.',
  },
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
  BodyTemplate: {
    path: ['BodyTemplate'],
    type: 'text',
    // [D] The largest message SQS accepts is 256 KiB.
    maxLength: 262_144,
    multiline: true,
    default: 'message {n}',
    help: 'Message body; {n} is 1, 2, …; {groupId} the group.',
  },
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
  MaxMessages: {
    path: ['MaxMessages'],
    type: 'integer',
    min: 1,
    max: 100_000_000,
    help: 'Stop after this many; none: never stop.',
  },
  GroupIdPattern: {
    path: ['GroupIdPattern'],
    type: 'block',
    help: 'FIFO queues: the MessageGroupId of each message.',
  },
  Mode: {
    path: ['GroupIdPattern', 'Mode'],
    type: 'choice',
    choices: ['fixed', 'round-robin', 'random'],
    default: 'fixed',
    help: 'One group, or spread over Groups groups (group-1 … group-K).',
    when: inGroups,
  },
  Value: {
    path: ['GroupIdPattern', 'Value'],
    type: 'text',
    nonEmpty: true,
    maxLength: 128,
    default: 'group-1',
    help: 'The fixed group id.',
    when: inGroups,
  },
  Groups: {
    path: ['GroupIdPattern', 'Groups'],
    type: 'integer',
    min: 1,
    max: 10_000,
    default: 3,
    help: 'How many groups to spread over.',
    when: inGroups,
  },
  DeduplicationIdTemplate: {
    path: ['DeduplicationIdTemplate'],
    type: 'text',
    nonEmpty: true,
    maxLength: 128,
    help: 'FIFO: e.g. order-{n}; none relies on ContentBasedDeduplication.',
  },
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
