import {
  memberOf,
  type DecimalSetting,
  type IntegerSetting,
  type SettingSchema,
} from '../../../engine/scenario/settings';

/** [D] CreateQueue: "A FIFO queue name must end with the .fifo suffix." */
const FIFO = { path: ['QueueName'], endsWith: '.fifo' } as const;
const STANDARD = { ...FIFO, not: true } as const;

/** A CreateQueue / SetQueueAttributes attribute: kept as a string under config.Attributes. */
const attribute = <S extends Omit<SettingSchema, 'path' | 'name' | 'stored'>>(name: string, s: S) =>
  ({ ...s, path: ['Attributes', name], name, stored: 'string' }) as const;
const seconds = (min: number, max: number, value: number | undefined, help: string) =>
  ({
    type: 'integer',
    min,
    max,
    unit: 'seconds',
    help,
    ...(value === undefined ? {} : { default: value }),
  }) as const;

/** Playground SetQueueBehavior, 0–1 (default 0): standard queues only, under config.Behavior. */
const behavior = (name: string, help: string) =>
  ({
    path: ['Behavior', name],
    type: 'decimal',
    min: 0,
    max: 1,
    default: 0,
    help,
    when: STANDARD,
  }) as const;

/**
 * A queue's settings in the order of the SQS console; ranges and defaults from the API
 * reference (CreateQueue, SetQueueAttributes). The attribute validator reads them from here.
 */
export const QUEUE = {
  VisibilityTimeout: attribute(
    'VisibilityTimeout',
    seconds(0, 43_200, 30, 'How long a received message stays hidden from other consumers.'),
  ),
  DelaySeconds: attribute(
    'DelaySeconds',
    seconds(0, 900, 0, 'How long each new message stays hidden after it is sent.'),
  ),
  MessageRetentionPeriod: attribute(
    'MessageRetentionPeriod',
    seconds(60, 1_209_600, 345_600, 'How long SQS keeps a message (default 4 days, up to 14).'),
  ),
  MaximumMessageSize: attribute('MaximumMessageSize', {
    type: 'integer',
    min: 1_024,
    max: 1_048_576,
    default: 1_048_576,
    unit: 'bytes',
    help: 'The largest message body plus attributes this queue accepts.',
  }),
  ReceiveMessageWaitTimeSeconds: attribute(
    'ReceiveMessageWaitTimeSeconds',
    seconds(0, 20, 0, 'Default long-poll wait: 0 is short polling.'),
  ),
  ContentBasedDeduplication: attribute('ContentBasedDeduplication', {
    type: 'boolean',
    default: false,
    help: 'Use a SHA-256 hash of the body as the deduplication ID.',
    when: FIFO,
  }),
  DeduplicationScope: attribute('DeduplicationScope', {
    type: 'choice',
    choices: ['queue', 'messageGroup'],
    default: 'queue',
    help: 'Where duplicates are looked for.',
    when: FIFO,
  }),
  FifoThroughputLimit: attribute('FifoThroughputLimit', {
    type: 'choice',
    choices: ['perQueue', 'perMessageGroupId'],
    default: 'perQueue',
    help: 'perMessageGroupId (high throughput) needs DeduplicationScope messageGroup.',
    when: FIFO,
  }),
  SqsManagedSseEnabled: attribute('SqsManagedSseEnabled', {
    type: 'boolean',
    default: true,
    help: 'Encryption at rest with SQS-owned keys (SSE-SQS), on by default for new queues.',
    // [D] "You can use one type of server-side encryption (SSE) at one time."
    excludes: [['Attributes', 'KmsMasterKeyId']],
  }),
  KmsMasterKeyId: attribute('KmsMasterKeyId', {
    type: 'text',
    help: 'A KMS key (SSE-KMS). alias/aws/sqs, the AWS managed key, serves this account only; a customer managed key can grant other accounts and services kms:GenerateDataKey and kms:Decrypt. Setting one turns SSE-SQS off.',
    excludes: [['Attributes', 'SqsManagedSseEnabled']],
  }),
  // [D] 60–86,400 s, default 300 (5 minutes); shown by GetQueueAttributes only with a KMS key.
  KmsDataKeyReusePeriodSeconds: attribute('KmsDataKeyReusePeriodSeconds', {
    ...seconds(60, 86_400, 300, 'How long SQS reuses a data key before asking KMS again.'),
    when: { path: ['Attributes', 'KmsMasterKeyId'], set: true },
  }),
  Policy: attribute('Policy', {
    type: 'text',
    multiline: true,
    help: 'The queue access policy (JSON): who may send, receive… e.g. an SNS topic or S3 bucket.',
  }),
  RedriveAllowPolicy: attribute('RedriveAllowPolicy', {
    type: 'text',
    multiline: true,
    help: 'Which queues may use this one as their dead-letter queue (allowAll, denyAll or byQueue).',
  }),
  DuplicateProbability: behavior(
    'DuplicateProbability',
    'Playground: how often a receive leaves a second copy behind (at-least-once delivery).',
  ),
  ReorderProbability: behavior(
    'ReorderProbability',
    'Playground: how often a later message overtakes earlier ones (best-effort ordering).',
  ),
  ShortPollSkipProbability: behavior(
    'ShortPollSkipProbability',
    "Playground: how often a short poll leaves out each of the queue's servers (false empty responses); long polls ask them all.",
  ),
} as const satisfies Record<string, SettingSchema>;

/** The playground behaviour members by name: the scenario check and SetQueueBehavior read them. */
export const BEHAVIOR = new Map<string, DecimalSetting>(
  Object.values(QUEUE).flatMap((s) =>
    s.path[0] === 'Behavior' && s.type === 'decimal' ? [[memberOf(s), s] as const] : [],
  ),
);

/** The queue's name heads its settings: shown, changed only by renaming. */
const queueName = (help: string, when: typeof FIFO | typeof STANDARD) =>
  ({ path: ['QueueName'], type: 'text', readOnly: true, help, when }) as const;

export const QUEUE_SETTINGS: readonly SettingSchema[] = [
  queueName('FIFO queue (the name ends in .fifo).', FIFO),
  queueName('Standard queue.', STANDARD),
  ...Object.values(QUEUE),
];

/** [D] RedrivePolicy maxReceiveCount, carried by the dead-letter edge: 1 to 1,000. */
export const MAX_RECEIVE_COUNT = {
  path: ['maxReceiveCount'],
  name: 'RedrivePolicy.maxReceiveCount',
  type: 'integer',
  min: 1,
  max: 1000,
  default: 10,
  unit: 'receives',
  help: 'Receives before SQS moves a message to the dead-letter queue instead of returning it.',
} as const satisfies IntegerSetting;
