import { describe, expect, it } from 'vitest';
import { world, type World } from '../../../../engine/testing/world';

const ARN = 'arn:aws:sqs:us-east-1:123456789012:jobs.fifo';

async function fifoWorld(visibilityTimeout: string, groups: string[]): Promise<World> {
  const w = world(1);
  const url = await w.queue('jobs.fifo', {
    FifoQueue: 'true',
    VisibilityTimeout: visibilityTimeout,
  });
  for (const [i, group] of groups.entries())
    await w.engine.call('sqs', 'SendMessage', {
      QueueUrl: url,
      MessageBody: `job ${i}`,
      MessageGroupId: group,
      MessageDeduplicationId: `d${i}`,
    });
  return w;
}

type Invocation = { at: number; until: number };

describe('lambda-sqs on a FIFO queue', () => {
  it('with VisibilityTimeout 0, keeps each group in one batch at a time and does not storm', async () => {
    const w = await fifoWorld('60', ['g0', 'g1', 'g2', 'g0']);
    await w.actor('fn', 'lambda-sqs', {
      EventSourceArn: ARN,
      BatchSize: 4,
      Timeout: 10,
      ProcessingTime: { Distribution: 'fixed', Ms: 2000 },
    });
    // Lambda checks the timeout only when the mapping is made; the queue can change afterwards.
    await w.engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: 'jobs.fifo',
      Attributes: { VisibilityTimeout: '0' },
    });
    w.run(120_000);
    // One batch holds all three groups, so no second invocation may run beside it.
    const invocations = w.of('actor/invocation-started') as unknown as Invocation[];
    for (let i = 1; i < invocations.length; i++)
      expect(invocations[i]?.at).toBeGreaterThanOrEqual(invocations[i - 1]?.until ?? 0);
    expect(w.of('sqs/received').length).toBeLessThan(100);
    const { Gauges } = await w.describe('fn');
    expect(Gauges.Pollers).toBeLessThanOrEqual(3);
  });

  it('scales to no more pollers than message groups', async () => {
    // Two groups of 15 jobs of 5 s each: a backlog for over a minute.
    const w = await fifoWorld(
      '60',
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 'a' : 'b')),
    );
    await w.actor('fn', 'lambda-sqs', {
      EventSourceArn: ARN,
      BatchSize: 1,
      Timeout: 10,
      ProcessingTime: { Distribution: 'fixed', Ms: 5000 },
    });
    w.run(61_000);
    expect(w.of('actor/scaled-in').at(-1)).toMatchObject({ from: 5, to: 2 });
    // Pollers above the target leave once their long poll is answered.
    w.run(20_000);
    expect((await w.describe('fn')).Gauges.Pollers).toBe(2);
    expect(w.of('sqs/deleted', { by: 'fn' })).toHaveLength(30);
  });
});
