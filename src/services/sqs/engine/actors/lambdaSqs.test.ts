import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

type Received = { messageId: string; receiveCount: number };

async function setup(seed: number, config: Record<string, unknown>, bodies: string[]) {
  const w = world(seed);
  const url = await w.queue('orders', { VisibilityTimeout: '30' });
  for (const body of bodies)
    await w.engine.call('sqs', 'SendMessage', { QueueUrl: url, MessageBody: body });
  const { Attributes } = await w.engine.call<{ Attributes: { QueueArn: string } }>(
    'sqs',
    'GetQueueAttributes',
    { QueueUrl: url, AttributeNames: ['QueueArn'] },
  );
  await w.actor('fn', 'lambda-sqs', { EventSourceArn: Attributes.QueueArn, ...config });
  return w;
}

const bodies = Array.from({ length: 10 }, (_, i) => (i === 4 ? 'poison' : `order ${i}`));

describe('lambda-sqs', () => {
  it('with ReportBatchItemFailures, redelivers only the failed item', async () => {
    const w = await setup(
      1,
      {
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        PoisonBodyContains: 'poison',
      },
      bodies,
    );
    w.run(40_000);
    const invoked = w.of('actor/invoked', { actor: 'fn' });
    expect(invoked[0]).toMatchObject({ batchSize: 10, outcome: 'partial', failedItems: 1 });
    const poison = w.of('sqs/sent').find((e) => (e as { n?: number }).n === 5) as unknown as
      Received | undefined;
    // The poison message fails again on its second delivery, alone in its batch.
    expect(
      w.of('actor/batch-item-failed').map((e) => (e as { messageId?: unknown }).messageId),
    ).toEqual([poison?.messageId, poison?.messageId]);
    expect(w.of('sqs/deleted', { by: 'fn' })).toHaveLength(9);
    const again = w
      .of('sqs/received', { by: 'fn' })
      .filter((e) => (e as unknown as Received).receiveCount === 2);
    expect(again).toHaveLength(1);
  });

  it('without it, one failure returns the whole batch', async () => {
    const w = await setup(1, { BatchSize: 10, PoisonBodyContains: 'poison' }, bodies);
    w.run(40_000);
    expect(w.of('actor/invoked', { actor: 'fn' })[0]).toMatchObject({
      batchSize: 10,
      outcome: 'failed',
    });
    expect(w.of('sqs/deleted', { by: 'fn' })).toHaveLength(0);
    expect(
      w
        .of('sqs/received', { by: 'fn' })
        .filter((e) => (e as unknown as Received).receiveCount === 2),
    ).toHaveLength(10);
  });

  it('fails the whole batch when processing exceeds the function Timeout', async () => {
    const w = await setup(
      1,
      { BatchSize: 10, Timeout: 3, ProcessingTime: { Distribution: 'fixed', Ms: 500 } },
      bodies,
    );
    w.run(5_000);
    expect(w.of('actor/invoked', { actor: 'fn' })[0]).toMatchObject({
      outcome: 'timeout',
      durationMs: 3000,
    });
    expect(w.of('sqs/deleted', { by: 'fn' })).toHaveLength(0);
  });

  it('fills a BatchSize over 10 with several receives inside the batching window', async () => {
    const many = Array.from({ length: 35 }, (_, i) => `m${i}`);
    const w = await setup(
      1,
      {
        BatchSize: 100,
        MaximumBatchingWindowInSeconds: 2,
        ScalingConfig: { MaximumConcurrency: 2 },
      },
      many,
    );
    w.run(10_000);
    const sizes = w
      .of('actor/invoked', { actor: 'fn' })
      .map((e) => (e as unknown as { batchSize: number }).batchSize);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(35);
    expect(Math.max(...sizes)).toBeGreaterThan(10);
  });

  it('scales pollers out while a backlog remains and back in when it is gone', async () => {
    const w = world(2);
    const url = await w.queue('orders');
    const { Attributes } = await w.engine.call<{ Attributes: { QueueArn: string } }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl: url, AttributeNames: ['QueueArn'] },
    );
    await w.actor('p', 'producer', {
      QueueUrl: url,
      MessagesPerSecond: 200,
      BatchSize: 10,
      MaxMessages: 24_000,
    });
    await w.actor('fn', 'lambda-sqs', {
      EventSourceArn: Attributes.QueueArn,
      ProcessingTime: { Distribution: 'fixed', Ms: 200 },
      ScalingConfig: { MaximumConcurrency: 20 },
    });
    expect((await w.describe('fn')).Gauges.Pollers).toBe(5);
    w.run(61_000);
    expect(w.of('actor/scaled-out', { actor: 'fn' })[0]).toMatchObject({ from: 5, to: 20 });
    w.run(400_000);
    expect(w.of('actor/scaled-in', { actor: 'fn' }).length).toBeGreaterThan(0);
    expect((await w.describe('fn')).Gauges.Pollers).toBe(5);
    expect(w.engine.gauges().sqs.orders?.ApproximateNumberOfMessagesVisible).toBe(0);
  });

  it('rejects config outside the AWS ranges', async () => {
    const w = world();
    const error = await w
      .actor('fn', 'lambda-sqs', {
        EventSourceArn: 'nope',
        BatchSize: 50,
        ScalingConfig: { MaximumConcurrency: 1 },
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(/EventSourceArn must be an SQS queue ARN/);
    expect((error as Error).message).toMatch(
      /MaximumBatchingWindowInSeconds must be at least 1 when BatchSize is more than 10/,
    );
    expect((error as Error).message).toMatch(
      /ScalingConfig.MaximumConcurrency must be a whole number from 2 to 1000 \(got 1\)/,
    );
  });
});
