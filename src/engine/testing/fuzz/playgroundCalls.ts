import type { Known, KnownQueue } from './known';
import type { Random } from '../random';
import type { Maker } from './sqsCalls';

const processing = (r: Random) => ({ Distribution: 'fixed', Ms: r.pick([0, 10, 2000, 40_000]) });

/** Actors the playground offers, wired to a known queue, with the knobs that cause trouble. */
const actorConfig = (
  r: Random,
  k: Known,
  q: KnownQueue | undefined,
  kind: string,
): Record<string, unknown> => {
  const QueueUrl = q?.url ?? 'none';
  switch (kind) {
    case 'producer':
      return {
        QueueUrl,
        MessagesPerSecond: r.pick([0.2, 1, 5]),
        ...(q?.fifo === true ? { GroupIdPattern: { Mode: 'round-robin', Groups: 3 } } : {}),
      };
    case 'consumer':
      return {
        QueueUrl,
        WaitTimeSeconds: r.pick([0, 20]),
        MaxNumberOfMessages: r.pick([1, 10]),
        ProcessingTime: processing(r),
        FailureProbability: r.pick([0, 0.3, 1]),
      };
    case 'lambda-sqs':
      return {
        EventSourceArn: q?.arn ?? 'none',
        BatchSize: r.pick([1, 4, 10]),
        Timeout: r.pick([3, 10]),
        ProcessingTime: processing(r),
        ScalingConfig: { MaximumConcurrency: r.pick([2, 5]) },
      };
    case 'autoscaling-consumers':
      return { QueueUrl, MinSize: 1, MaxSize: 4, Template: { ProcessingTime: processing(r) } };
    default: {
      const step = {
        at: r.int(0, 60_000),
        service: 'sqs',
        action: r.pick(['SendMessage', 'PurgeQueue']),
        input: {
          QueueUrl,
          MessageBody: 'scripted',
          ...(q?.fifo === true
            ? { MessageGroupId: 's', MessageDeduplicationId: `s${k.sequence++}` }
            : {}),
        },
      };
      return { Steps: [step], Narration: [{ at: r.int(0, 60_000), text: 'Look.' }] };
    }
  }
};

const actor = (r: Random, k: Known) => ({ ActorId: r.pick(k.actors.concat('nobody')) });

export const PLAYGROUND_MAKERS: Record<string, Maker> = {
  CreateActor: (r, k, q) => {
    const kind = r.pick(['producer', 'consumer', 'lambda-sqs', 'autoscaling-consumers', 'script']);
    return { ActorId: `a${r.int(0, 9)}`, Kind: kind, Config: actorConfig(r, k, q, kind) };
  },
  UpdateActor: (r, k, q) => ({ ...actor(r, k), Config: { QueueUrl: q?.url ?? 'none' } }),
  DeleteActor: actor,
  CrashActor: actor,
  RestartActor: actor,
  DescribeActor: actor,
  ListActors: () => ({}),
  PeekMessages: (_r, _k, q) => ({ QueueUrl: q?.url ?? 'none' }),
  SetQueueBehavior: (r, _k, q) => ({
    QueueUrl: q?.url ?? 'none',
    DuplicateProbability: r.pick([0, 0.1, 0.5, 1]),
    ReorderProbability: r.pick([0, 0.3]),
  }),
};

export const PLAYGROUND_WEIGHTS: readonly (readonly [number, string])[] = [
  [1.5, 'CreateActor'],
  [0.3, 'UpdateActor'],
  [0.4, 'DeleteActor'],
  [0.3, 'CrashActor'],
  [0.3, 'RestartActor'],
  [0.3, 'DescribeActor'],
  [0.2, 'ListActors'],
  [0.5, 'PeekMessages'],
  [0.5, 'SetQueueBehavior'],
];
