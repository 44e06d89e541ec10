import { describe, expect, it } from 'vitest';
import { explain } from '../../../../engine/index';
import { world } from '../../../../engine/testing/world';

const ARN = (name: string) => `arn:aws:sqs:us-east-1:123456789012:${name}`;

describe('lambda-sqs mapping against its queue', () => {
  it('has its mapping refused, as CreateEventSourceMapping does, when the function timeout exceeds the visibility timeout: the function stays and says why', async () => {
    const w = world();
    await w.queue('orders', { VisibilityTimeout: '30' });
    await w.engine.call('sqs', 'SendMessage', { QueueUrl: 'orders', MessageBody: 'a' });
    await w.actor('fn', 'lambda-sqs', { EventSourceArn: ARN('orders'), Timeout: 31 });
    const [refusal] = w.of('actor/mapping-refused', { actor: 'fn' });
    expect(refusal).toMatchObject({
      error: 'InvalidParameterValueException',
      message: 'Queue visibility timeout: 30 seconds is less than Function timeout: 31 seconds',
    });
    expect(explain(refusal!)).toMatch(/CreateEventSourceMapping refused.*nothing polls the queue/);
    w.run(60_000);
    expect(w.of('sqs/received')).toEqual([]);
    const fn = await w.describe('fn');
    expect(fn.Status).toBe('refused');
    expect(fn.Gauges.Pollers).toBe(0);
    expect(fn.Gauges.Advice).toMatch(/less than Function timeout: 31 seconds/);
    // Equal is allowed.
    await w.actor('ok', 'lambda-sqs', { EventSourceArn: ARN('orders'), Timeout: 30 });
    w.run(1_000);
    expect(w.of('sqs/received')).toHaveLength(1);
  });

  it('refuses an update that would raise the function timeout past the visibility timeout, keeping the old config', async () => {
    const w = world();
    await w.queue('orders', { VisibilityTimeout: '30' });
    await w.actor('fn', 'lambda-sqs', { EventSourceArn: ARN('orders'), Timeout: 3 });
    await expect(
      w.engine.call('playground', 'UpdateActor', { ActorId: 'fn', Config: { Timeout: 60 } }),
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    expect((await w.describe('fn')).Config.Timeout).toBe(3);
  });

  it('warns in the event log and on the node below 6× the function timeout plus the batching window', async () => {
    const w = world();
    await w.queue('orders', { VisibilityTimeout: '30' });
    await w.actor('fn', 'lambda-sqs', {
      EventSourceArn: ARN('orders'),
      Timeout: 5,
      MaximumBatchingWindowInSeconds: 1,
    });
    const [warning] = w.of('actor/visibility-timeout-below-advice', { actor: 'fn' });
    expect(warning).toMatchObject({ visibilityTimeout: 30, functionTimeout: 5, recommended: 31 });
    expect(explain(warning!)).toMatch(
      /visibility timeout \(30 s\).*6× the function timeout \(5 s\).*at least 31 s/,
    );
    expect((await w.describe('fn')).Gauges.Advice).toMatch(/at least 31 s/);
    // Raising the queue's visibility timeout clears the advice on the node.
    await w.engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: 'orders',
      Attributes: { VisibilityTimeout: '31' },
    });
    expect((await w.describe('fn')).Gauges.Advice).toBe('');
  });

  it('says nothing when the visibility timeout meets the advice', async () => {
    const w = world();
    await w.queue('orders', { VisibilityTimeout: '30' });
    await w.actor('fn', 'lambda-sqs', { EventSourceArn: ARN('orders'), Timeout: 5 });
    expect(w.of('actor/visibility-timeout-below-advice')).toEqual([]);
  });

  it('refuses a batching window on a FIFO source, as Lambda does', async () => {
    const w = world();
    await w.queue('orders.fifo', { FifoQueue: 'true' });
    const error = await w
      .actor('fn', 'lambda-sqs', {
        EventSourceArn: ARN('orders.fifo'),
        MaximumBatchingWindowInSeconds: 1,
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(/Batching window is not supported for FIFO queues/);
    await w.actor('fn', 'lambda-sqs', { EventSourceArn: ARN('orders.fifo') });
  });

  it('is not checked again when it is restarted: Lambda checks a mapping on create and update only', async () => {
    const w = world();
    await w.queue('orders', { VisibilityTimeout: '30' });
    await w.actor('fn', 'lambda-sqs', { EventSourceArn: ARN('orders'), Timeout: 10 });
    await w.engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: 'orders',
      Attributes: { VisibilityTimeout: '5' },
    });
    await w.engine.call('playground', 'RestartActor', { ActorId: 'fn' });
    expect(w.of('actor/mapping-refused')).toEqual([]);
    expect((await w.describe('fn')).Status).not.toBe('refused');
  });

  it('takes 1 s for a ProcessingTime given without Ms, and its own 100 ms only when none is given', async () => {
    const w = world();
    await w.queue('orders');
    await w.actor('given', 'lambda-sqs', {
      EventSourceArn: ARN('orders'),
      ProcessingTime: { Distribution: 'fixed' },
    });
    await w.actor('absent', 'lambda-sqs', { EventSourceArn: ARN('orders') });
    expect((await w.describe('given')).Config.ProcessingTime).toEqual({
      Distribution: 'fixed',
      Ms: 1000,
    });
    expect((await w.describe('absent')).Config.ProcessingTime).toEqual({
      Distribution: 'fixed',
      Ms: 100,
    });
  });
});
