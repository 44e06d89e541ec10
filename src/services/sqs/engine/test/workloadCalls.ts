import type { KnownQueue } from '../../../../engine/testing/fuzz/known';
import { PLAYGROUND_MAKERS } from '../../../../engine/testing/fuzz/playgroundCalls';
import { SQS_MAKERS, type Maker } from '../../../../engine/testing/fuzz/sqsCalls';
import type { Random } from '../../../../engine/testing/random';
import type { Call } from '../../../../engine/testing/workload';
import { takeFollowUp, type SqsKnown } from './followUps';

const ARN = 'arn:aws:sqs:us-east-1:123456789012:';

/**
 * A source queue with a dead-letter queue (after 2 receives), a 2 s visibility timeout and one
 * minute's retention, standard and FIFO, so that moves to the DLQ and expiries come often.
 */
const sourceAndDlq = (suffix: string, extra: Record<string, string>): Call[] => [
  {
    service: 'sqs',
    action: 'CreateQueue',
    input: { QueueName: `dlq${suffix}`, Attributes: extra },
  },
  {
    service: 'sqs',
    action: 'CreateQueue',
    input: {
      QueueName: `source${suffix}`,
      Attributes: {
        ...extra,
        VisibilityTimeout: '2',
        MessageRetentionPeriod: '60',
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: `${ARN}dlq${suffix}`,
          maxReceiveCount: 2,
        }),
      },
    },
  },
];

/**
 * The queues of the traffic (the standard source delivers duplicates and out of order), and the
 * queues the actors work on.
 */
export const SETUP: readonly Call[] = [
  ...sourceAndDlq('', {}),
  ...sourceAndDlq('.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' }),
  { service: 'sqs', action: 'CreateQueue', input: { QueueName: 'work' } },
  {
    service: 'sqs',
    action: 'CreateQueue',
    input: { QueueName: 'work.fifo', Attributes: { FifoQueue: 'true' } },
  },
  {
    service: 'playground',
    action: 'SetQueueBehavior',
    input: { QueueUrl: 'source', DuplicateProbability: 0.2, ReorderProbability: 0.3 },
  },
];

const named = (known: SqsKnown, prefix: string) =>
  known.queues.filter((q) => q.name.startsWith(prefix));

const send: Maker = (r, k, q) => ({
  QueueUrl: q?.url,
  MessageBody: `body ${k.sequence++}`,
  ...(q?.fifo === true ? { MessageGroupId: `g${r.int(0, 2)}` } : { DelaySeconds: r.int(0, 3) }),
});

/**
 * A program's traffic: sends and receives with short visibility timeouts on the sources (a
 * message comes back, and after two receives goes to its DLQ), now and then a purge; sends to
 * the DLQs too, and moves from a DLQ to its source at one message a second (long enough to be
 * cancelled). Deletes and cancels come as follow-ups of answers.
 */
const TRAFFIC: readonly (readonly [number, string, string, Maker])[] = [
  [3, 'SendMessage', 'source', send],
  [1, 'SendMessageBatch', 'source', SQS_MAKERS.SendMessageBatch as Maker],
  [
    4,
    'ReceiveMessage',
    'source',
    (r, _k, q) => ({
      QueueUrl: q?.url,
      MaxNumberOfMessages: r.int(1, 10),
      VisibilityTimeout: r.int(0, 5),
      WaitTimeSeconds: r.int(0, 3),
    }),
  ],
  [0.2, 'PurgeQueue', 'source', SQS_MAKERS.PurgeQueue as Maker],
  [0.5, 'SendMessage', 'dlq', send],
  [
    0.3,
    'StartMessageMoveTask',
    'dlq',
    (_r, _k, q) => ({
      SourceArn: q?.arn,
      DestinationArn: q?.arn.replace('dlq', 'source'),
      MaxNumberOfMessagesPerSecond: 1,
    }),
  ],
];

/** Every action alike, on queues of its own (not the setup's): a short run answers each. */
const EVERY_ACTION = Object.keys(SQS_MAKERS).map((action) => [1, action] as const);

/** Actors (often, a kind at random) and the playground's other controls, on the work queues. */
const CONTROLS = Object.keys(PLAYGROUND_MAKERS).map(
  (action) => [action === 'CreateActor' ? 5 : 1, action] as const,
);

const traffic = (random: Random, known: SqsKnown): Call => {
  const [, action, prefix, make] = random.weighted(TRAFFIC.map((entry) => [entry[0], entry]));
  return { service: 'sqs', action, input: make(random, known, random.pick(named(known, prefix))) };
};

const breadth = (random: Random, known: SqsKnown): Call => {
  const own = known.queues.filter((q) => !/^(source|dlq|work)/.test(q.name));
  const action = own.length === 0 ? 'CreateQueue' : random.weighted(EVERY_ACTION);
  const queue: KnownQueue | undefined = random.chance(0.05) ? undefined : random.pick(own);
  return { service: 'sqs', action, input: (SQS_MAKERS[action] as Maker)(random, known, queue) };
};

const control = (random: Random, known: SqsKnown): Call => {
  const action = random.weighted(CONTROLS);
  const queue = random.pick(named(known, 'work'));
  return {
    service: 'playground',
    action,
    input: (PLAYGROUND_MAKERS[action] as Maker)(random, known, queue),
  };
};

/** The next call: a follow-up of an answer, traffic, breadth or a control. */
export function nextCall(random: Random, known: SqsKnown): Call {
  const followUp = random.chance(0.4) ? takeFollowUp(random, known) : undefined;
  if (followUp !== undefined) return followUp;
  return random.weighted([
    [5, traffic],
    [4, breadth],
    [1.5, control],
  ] as const)(random, known);
}
