import type { Known, KnownQueue } from './known';
import type { Random } from '../random';

/** Makes the input of an AWS-shaped call: mostly valid, with the edge values an exam would try. */
export type Maker = (r: Random, k: Known, q: KnownQueue | undefined) => Record<string, unknown>;

const url = (q: KnownQueue | undefined) =>
  q?.url ?? 'https://sqs.us-east-1.amazonaws.com/123456789012/none';
const fifoIds = (r: Random, k: Known, q: KnownQueue | undefined) =>
  q?.fifo === true
    ? { MessageGroupId: `g${r.int(0, 3)}`, MessageDeduplicationId: `d${k.sequence++ % 50}` }
    : r.chance(0.1)
      ? { MessageGroupId: 'fair' }
      : {};
const attributes = (r: Random) =>
  r.chance(0.3)
    ? {
        a: { DataType: 'String', StringValue: 'v' },
        b: { DataType: 'Binary', BinaryValue: Uint8Array.of(r.int(0, 255)) },
      }
    : undefined;
const message = (r: Random, k: Known, q: KnownQueue | undefined) => ({
  MessageBody: r.chance(0.05) ? '' : `body ${k.sequence++}`,
  ...(r.chance(0.2) ? { DelaySeconds: r.pick([0, 1, 5, 900, 901]) } : {}),
  ...(attributes(r) === undefined ? {} : { MessageAttributes: attributes(r) }),
  ...fifoIds(r, k, q),
});
const handle = (r: Random, k: Known, q: KnownQueue | undefined) =>
  r.chance(0.9)
    ? r.pick(
        k.handles
          .filter((h) => h.url === q?.url)
          .map((h) => h.handle)
          .concat('bogus'),
      )
    : 'bogus';

const queueAttributes = (r: Random, k: Known, fifo: boolean): Record<string, string> => {
  const out: Record<string, string> = {};
  if (fifo) out.FifoQueue = 'true';
  // A zero queue timeout comes rarely: Lambda refuses such a mapping, and pollers then storm.
  if (r.chance(0.5))
    out.VisibilityTimeout = String(
      r.pick([0, 1, 5, 30, 30, 30, 43_200, 43_201].slice(r.chance(0.9) ? 1 : 0)),
    );
  if (r.chance(0.2)) out.MessageRetentionPeriod = String(r.pick([60, 61, 3600, 59]));
  if (r.chance(0.2)) out.ReceiveMessageWaitTimeSeconds = String(r.pick([0, 5, 20]));
  if (fifo && r.chance(0.3)) out.ContentBasedDeduplication = r.pick(['true', 'false']);
  const dlq = r.pick(k.queues.filter((q) => q.fifo === fifo));
  if (dlq !== undefined && r.chance(0.4))
    out.RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: dlq.arn,
      maxReceiveCount: r.pick([1, 2, 5, '3']),
    });
  if (r.chance(0.05))
    out.Policy = r.pick(['{"Statement":[null]}', '{"Statement":{"Sid":"a"}}', '[]']);
  if (r.chance(0.05))
    out.RedriveAllowPolicy = r.pick([
      '{"redrivePermission":"denyAll"}',
      '{"redrivePermission":{"toString":1}}',
    ]);
  return out;
};

const entries = (r: Random, n: number, make: (i: number) => Record<string, unknown>) =>
  Array.from({ length: n }, (_, i) => ({ Id: r.chance(0.05) ? 'dup' : `e${i}`, ...make(i) }));

/** One maker per SQS action: all 23 are called. */
export const SQS_MAKERS: Record<string, Maker> = {
  CreateQueue: (r, k) => {
    const fifo = r.chance(0.4);
    const name = `q${r.int(0, 7)}${fifo ? '.fifo' : ''}`;
    return { QueueName: name, Attributes: queueAttributes(r, k, fifo) };
  },
  DeleteQueue: (_r, _k, q) => ({ QueueUrl: url(q) }),
  GetQueueUrl: (_r, _k, q) => ({ QueueName: q?.name ?? 'none' }),
  ListQueues: (r) => (r.chance(0.5) ? { MaxResults: r.int(1, 3) } : { QueueNamePrefix: 'q' }),
  GetQueueAttributes: (r, _k, q) => ({
    QueueUrl: url(q),
    AttributeNames: [r.pick(['All', 'QueueArn', 'Bogus'])],
  }),
  SetQueueAttributes: (r, k, q) => ({ QueueUrl: url(q), Attributes: queueAttributes(r, k, false) }),
  PurgeQueue: (_r, _k, q) => ({ QueueUrl: url(q) }),
  SendMessage: (r, k, q) => ({ QueueUrl: url(q), ...message(r, k, q) }),
  SendMessageBatch: (r, k, q) => ({
    QueueUrl: url(q),
    Entries: entries(r, r.int(0, 11), () => message(r, k, q)),
  }),
  ReceiveMessage: (r, _k, q) => ({
    QueueUrl: url(q),
    MaxNumberOfMessages: r.pick([1, 1, 5, 10, 11]),
    ...(r.chance(0.3) ? { VisibilityTimeout: r.pick([0, 0, 1, 10, 60]) } : {}),
    ...(r.chance(0.3) ? { WaitTimeSeconds: r.pick([0, 1, 5, 20]) } : {}),
    ...(r.chance(0.3)
      ? { MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] }
      : {}),
    ...(r.chance(0.1) ? { ReceiveRequestAttemptId: `a${r.int(0, 3)}` } : {}),
  }),
  DeleteMessage: (r, k, q) => ({ QueueUrl: url(q), ReceiptHandle: handle(r, k, q) }),
  DeleteMessageBatch: (r, k, q) => ({
    QueueUrl: url(q),
    Entries: entries(r, r.int(1, 4), () => ({ ReceiptHandle: handle(r, k, q) })),
  }),
  ChangeMessageVisibility: (r, k, q) => ({
    QueueUrl: url(q),
    ReceiptHandle: handle(r, k, q),
    VisibilityTimeout: r.pick([0, 5, 60]),
  }),
  ChangeMessageVisibilityBatch: (r, k, q) => ({
    QueueUrl: url(q),
    Entries: entries(r, r.int(1, 3), () => ({
      ReceiptHandle: handle(r, k, q),
      VisibilityTimeout: r.pick([0, 5]),
    })),
  }),
  TagQueue: (r, _k, q) => ({
    QueueUrl: url(q),
    Tags: { [r.pick(['env', 'team', '__proto__'])]: 'v' },
  }),
  UntagQueue: (r, _k, q) => ({ QueueUrl: url(q), TagKeys: [r.pick(['env', 'team', '__proto__'])] }),
  ListQueueTags: (_r, _k, q) => ({ QueueUrl: url(q) }),
  AddPermission: (r, _k, q) => ({
    QueueUrl: url(q),
    Label: `p${r.int(0, 3)}`,
    AWSAccountIds: ['111122223333'],
    Actions: ['SendMessage'],
  }),
  RemovePermission: (r, _k, q) => ({ QueueUrl: url(q), Label: `p${r.int(0, 3)}` }),
  ListDeadLetterSourceQueues: (_r, _k, q) => ({ QueueUrl: url(q) }),
  StartMessageMoveTask: (r, k, q) => ({
    SourceArn: q?.arn ?? 'arn:aws:sqs:us-east-1:123456789012:none',
    ...(r.chance(0.3) ? { MaxNumberOfMessagesPerSecond: r.pick([1, 10]) } : {}),
    ...(r.chance(0.2) && k.queues[0] !== undefined ? { DestinationArn: k.queues[0].arn } : {}),
  }),
  ListMessageMoveTasks: (_r, _k, q) => ({
    SourceArn: q?.arn ?? 'arn:aws:sqs:us-east-1:123456789012:none',
  }),
  CancelMessageMoveTask: (r, k) => ({ TaskHandle: r.pick(k.taskHandles.concat('bogus')) }),
};

export const SQS_WEIGHTS: readonly (readonly [number, string])[] = [
  [3, 'CreateQueue'],
  [0.3, 'DeleteQueue'],
  [0.5, 'GetQueueUrl'],
  [0.5, 'ListQueues'],
  [1, 'GetQueueAttributes'],
  [1, 'SetQueueAttributes'],
  [0.3, 'PurgeQueue'],
  [12, 'SendMessage'],
  [3, 'SendMessageBatch'],
  [12, 'ReceiveMessage'],
  [5, 'DeleteMessage'],
  [2, 'DeleteMessageBatch'],
  [2, 'ChangeMessageVisibility'],
  [1, 'ChangeMessageVisibilityBatch'],
  [0.5, 'TagQueue'],
  [0.5, 'UntagQueue'],
  [0.5, 'ListQueueTags'],
  [0.5, 'AddPermission'],
  [0.5, 'RemovePermission'],
  [0.5, 'ListDeadLetterSourceQueues'],
  [0.5, 'StartMessageMoveTask'],
  [0.5, 'ListMessageMoveTasks'],
  [0.3, 'CancelMessageMoveTask'],
];
