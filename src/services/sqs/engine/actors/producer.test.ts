import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

describe('producer', () => {
  it('sends exactly 600 messages in 60 s at a constant 10 msg/s', async () => {
    const w = world();
    const url = await w.queue('orders');
    await w.actor('p1', 'producer', { QueueUrl: url, MessagesPerSecond: 10 });
    w.run(60_000);
    expect(w.of('sqs/sent', { by: 'p1' })).toHaveLength(600);
    expect((await w.describe('p1')).Gauges.Attempted).toBe(600);
  });

  it('sends about the same number with Poisson arrivals, at random gaps', async () => {
    const w = world(3);
    const url = await w.queue('orders');
    await w.actor('p1', 'producer', { QueueUrl: url, MessagesPerSecond: 10, Arrival: 'poisson' });
    w.run(60_000);
    const sent = w.of('sqs/sent', { by: 'p1' });
    expect(sent.length).toBeGreaterThan(500);
    expect(sent.length).toBeLessThan(700);
  });

  it('uses SendMessageBatch, fills templates, adds bursts and stops at MaxMessages', async () => {
    const w = world();
    const url = await w.queue('orders');
    await w.actor('p1', 'producer', {
      QueueUrl: url,
      MessagesPerSecond: 10,
      BatchSize: 5,
      BodyTemplate: 'order {n}',
      MessageAttributes: { seq: '{n}' },
      Burst: { EverySeconds: 10, ExtraMessages: 7 },
      MaxMessages: 120,
    });
    w.run(60_000);
    expect(w.of('sqs/sent', { by: 'p1' })).toHaveLength(120);
    expect(w.of('actor/finished', { actor: 'p1' })).toHaveLength(1);
    const { Messages } = await w.engine.call<{
      Messages: { Body: string; MessageAttributes: Record<string, { StringValue: string }> }[];
    }>('sqs', 'ReceiveMessage', {
      QueueUrl: url,
      MaxNumberOfMessages: 2,
      MessageAttributeNames: ['All'],
    });
    expect(Messages[0]?.Body).toBe('order 1');
    expect(Messages[1]?.MessageAttributes.seq?.StringValue).toBe('2');
  });

  it('round-robins FIFO message groups and counts throttled sends', async () => {
    const w = world();
    const url = await w.queue('orders.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    await w.actor('p1', 'producer', {
      QueueUrl: url,
      MessagesPerSecond: 400,
      BodyTemplate: '{groupId} #{n}',
      GroupIdPattern: { Mode: 'round-robin', Groups: 3 },
      MaxMessages: 800,
    });
    w.run(3_000);
    const groups = w
      .of('sqs/sent', { by: 'p1' })
      .slice(0, 4)
      .map((e) => (e as { groupId?: string }).groupId);
    expect(groups).toEqual(['group-1', 'group-2', 'group-3', 'group-1']);
    const failed = w.of('actor/send-failed', { actor: 'p1', error: 'ThrottlingException' });
    // [D] 300 SendMessage calls per second per FIFO queue: the rest are throttled, and counted.
    const gauges = (await w.describe('p1')).Gauges;
    expect(failed.length).toBeGreaterThan(150);
    expect(gauges.Failed).toBe(failed.length);
    expect(gauges.Sent).toBe(w.of('sqs/sent', { by: 'p1' }).length);
    expect(Number(gauges.Sent) + Number(gauges.Failed)).toBe(800);
  });

  it('rejects bad config naming each wrong field and its range', async () => {
    const w = world();
    const error = await w.engine
      .call('playground', 'CreateActor', {
        ActorId: 'p',
        Kind: 'producer',
        Config: { MessagesPerSecond: -1, BatchSize: 11, Colour: 'red' },
      })
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ValidationException' });
    const message = (error as Error).message;
    expect(message).toMatch(/QueueUrl is required/);
    expect(message).toMatch(/MessagesPerSecond must be a number more than 0 to 10000/);
    expect(message).toMatch(/BatchSize must be a whole number from 1 to 10 \(got 11\)/);
    expect(message).toMatch(/Colour is not a known setting/);
  });
});
