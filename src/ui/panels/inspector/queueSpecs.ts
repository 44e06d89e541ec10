import { queueUrlOf } from '../../format/aws';
import { isFifoName } from '../../../protocol/scenarioLookup';
import type { CheckRequest } from './request';
import { readPath, type Config, type FieldSpec } from './spec';

/** A queue setting, with the live-world call that validates it. */
export interface QueueFieldSpec extends FieldSpec {
  check: (value: string | undefined) => CheckRequest | undefined;
}

const attributes = (config: Config): Record<string, string> =>
  (config.Attributes as Record<string, string> | undefined) ?? {};

/** A CreateQueue/SetQueueAttributes attribute, stored as a string under config.Attributes. */
function attribute(
  queueName: string,
  name: string,
  spec: Omit<FieldSpec, 'id' | 'read' | 'patch'>,
  sideEffects: (
    value: string | undefined,
    current: Record<string, string>,
  ) => Record<string, string | undefined> = () => ({}),
): QueueFieldSpec {
  return {
    id: name,
    ...spec,
    read: (config) => attributes(config)[name],
    patch: (config, value) => {
      const next: Record<string, string | undefined> = {
        ...attributes(config),
        [name]: value,
        ...sideEffects(value, attributes(config)),
      };
      const clean = Object.fromEntries(
        Object.entries(next).filter((e): e is [string, string] => e[1] !== undefined),
      );
      return { Attributes: Object.keys(clean).length === 0 ? undefined : clean };
    },
    check: (value) => ({
      service: 'sqs',
      action: 'SetQueueAttributes',
      // Back to default: SetQueueAttributes with the default value (KMS: "" removes the key).
      input: {
        QueueUrl: queueUrlOf(queueName),
        Attributes: { [name]: value ?? spec.defaultValue ?? '' },
      },
    }),
  };
}

/** Playground SetQueueBehavior (standard queues only), under config.Behavior. */
function behavior(queueName: string, name: string, help: string): QueueFieldSpec {
  return {
    id: `Behavior.${name}`,
    kind: 'decimal',
    range: '0–1',
    min: 0,
    max: 1,
    defaultValue: '0',
    help,
    visible: () => !isFifoName(queueName),
    read: (config) => readPath(config, ['Behavior', name]),
    patch: (config, value) => {
      const current = (config.Behavior as Record<string, number> | undefined) ?? {};
      const next: Record<string, number> = { ...current };
      if (value === undefined) delete next[name];
      else next[name] = Number(value);
      return { Behavior: Object.keys(next).length === 0 ? undefined : next };
    },
    check: (value) => ({
      service: 'playground',
      action: 'SetQueueBehavior',
      input: { QueueUrl: queueUrlOf(queueName), [name]: value === undefined ? 0 : Number(value) },
    }),
  };
}

/** Every setting of a queue, in the order of the SQS console. Ranges: API reference, §1.2. */
export function queueSpecs(queueName: string): QueueFieldSpec[] {
  const fifo = isFifoName(queueName);
  const seconds = (min: number, max: number, d: string, help: string) => ({
    kind: 'integer' as const,
    min,
    max,
    range: `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')} seconds`,
    defaultValue: d,
    help,
  });
  const specs: QueueFieldSpec[] = [
    {
      id: 'QueueName',
      kind: 'text',
      defaultValue: undefined,
      readOnly: true,
      help: fifo ? 'FIFO queue (the name ends in .fifo).' : 'Standard queue.',
      read: (config) => readPath(config, ['QueueName']),
      patch: () => ({}),
      check: () => undefined,
    },
    attribute(
      queueName,
      'VisibilityTimeout',
      seconds(0, 43_200, '30', 'How long a received message stays hidden from other consumers.'),
    ),
    attribute(
      queueName,
      'DelaySeconds',
      seconds(0, 900, '0', 'How long each new message stays hidden after it is sent.'),
    ),
    attribute(
      queueName,
      'MessageRetentionPeriod',
      seconds(60, 1_209_600, '345600', 'How long SQS keeps a message (default 4 days, up to 14).'),
    ),
    attribute(queueName, 'MaximumMessageSize', {
      kind: 'integer',
      min: 1024,
      max: 1_048_576,
      range: '1,024–1,048,576 bytes',
      defaultValue: '1048576',
      help: 'The largest message body plus attributes this queue accepts.',
    }),
    attribute(
      queueName,
      'ReceiveMessageWaitTimeSeconds',
      seconds(0, 20, '0', 'Default long-poll wait: 0 is short polling.'),
    ),
  ];
  if (fifo) {
    specs.push(
      attribute(queueName, 'ContentBasedDeduplication', {
        kind: 'boolean',
        defaultValue: 'false',
        help: 'Use a SHA-256 hash of the body as the deduplication ID.',
      }),
      attribute(queueName, 'DeduplicationScope', {
        kind: 'choice',
        choices: ['queue', 'messageGroup'],
        defaultValue: 'queue',
        help: 'Where duplicates are looked for.',
      }),
      attribute(queueName, 'FifoThroughputLimit', {
        kind: 'choice',
        choices: ['perQueue', 'perMessageGroupId'],
        defaultValue: 'perQueue',
        help: 'perMessageGroupId (high throughput) needs DeduplicationScope messageGroup.',
      }),
    );
  }
  specs.push(
    attribute(
      queueName,
      'SqsManagedSseEnabled',
      {
        kind: 'boolean',
        defaultValue: 'true',
        help: 'Encryption at rest with SQS-owned keys (SSE-SQS), on by default for new queues.',
      },
      // SSE-SQS and SSE-KMS are exclusive: turning SSE-SQS on drops the KMS key.
      (value) => (value === 'true' ? { KmsMasterKeyId: undefined } : {}),
    ),
    attribute(
      queueName,
      'KmsMasterKeyId',
      {
        kind: 'text',
        defaultValue: undefined,
        help: 'A KMS key (SSE-KMS). alias/aws/sqs, the AWS managed key, serves this account only; a customer managed key can grant other accounts and services kms:GenerateDataKey and kms:Decrypt. Setting one turns SSE-SQS off.',
      },
      (value) => (value !== undefined && value !== '' ? { SqsManagedSseEnabled: undefined } : {}),
    ),
    attribute(queueName, 'KmsDataKeyReusePeriodSeconds', {
      ...seconds(60, 86_400, '300', 'How long SQS reuses a data key before asking KMS again.'),
      visible: (config) => Boolean(attributes(config).KmsMasterKeyId),
    }),
    attribute(queueName, 'Policy', {
      kind: 'textarea',
      defaultValue: undefined,
      help: 'The queue access policy (JSON): who may send, receive… e.g. an SNS topic or S3 bucket.',
    }),
    attribute(queueName, 'RedriveAllowPolicy', {
      kind: 'textarea',
      defaultValue: undefined,
      help: 'Which queues may use this one as their dead-letter queue (allowAll, denyAll or byQueue).',
    }),
  );
  if (!fifo) {
    specs.push(
      behavior(
        queueName,
        'DuplicateProbability',
        'Playground: how often a receive leaves a second copy behind (at-least-once delivery).',
      ),
      behavior(
        queueName,
        'ReorderProbability',
        'Playground: how often a later message overtakes earlier ones (best-effort ordering).',
      ),
      behavior(
        queueName,
        'ShortPollSkipProbability',
        "Playground: how often a short poll leaves out each of the queue's servers (false empty responses); long polls ask them all.",
      ),
    );
  }
  return specs;
}
