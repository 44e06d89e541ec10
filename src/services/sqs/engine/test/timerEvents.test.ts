import { describe, expect, it } from 'vitest';
import { counts, createQueue, newEngine, receive, send } from '../../../../engine/testing/sqs';

/**
 * What the event log says when a queue's clock moves a message (the Story tab narrates these):
 * a delay that ends, a visibility timeout that runs out, a retention period that is over; and,
 * once nothing is left to time, that nothing is scheduled.
 */
describe('timer events', () => {
  it('announces each timer as it runs out, with the numbers that caused it', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { MessageRetentionPeriod: '60' });
    const start = engine.now();
    await send(engine, url, 'late', { DelaySeconds: 5 });
    engine.advanceBy(5_000);
    await receive(engine, url, { VisibilityTimeout: 7 });
    engine.advanceBy(7_000);
    engine.advanceTo(start + 60_000);
    const timed = engine
      .drain()
      .filter((e) => ['sqs/delay-ended', 'sqs/visibility-expired', 'sqs/expired'].includes(e.type));
    expect(timed).toEqual([
      expect.objectContaining({ type: 'sqs/delay-ended', at: start + 5_000, delaySeconds: 5 }),
      expect.objectContaining({
        type: 'sqs/visibility-expired',
        at: start + 12_000,
        visibilityTimeout: 7,
        receiveCount: 1,
      }),
      expect.objectContaining({
        type: 'sqs/expired',
        at: start + 60_000,
        ageMs: 60_000,
        retentionSeconds: 60,
      }),
    ]);
  });

  it('leaves nothing scheduled once every message is gone and its timers have run', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    expect(engine.nextAt()).toBeUndefined();
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    engine.advanceBy(5 * 86_400_000);
    expect(engine.nextAt()).toBeUndefined();
    // An empty receive on the idle queue schedules nothing either.
    expect(await receive(engine, url)).toEqual([]);
    expect(engine.nextAt()).toBeUndefined();
  });

  it('a long-held message behind a thousand deleted ones still ages and expires on time', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { MessageRetentionPeriod: '60' });
    const start = engine.now();
    await send(engine, url, 'held');
    await receive(engine, url, { VisibilityTimeout: 43_200 });
    for (let i = 0; i < 1_100; i++) {
      await send(engine, url, 'passing');
      const [m] = await receive(engine, url);
      await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    }
    engine.advanceTo(start + 30_000);
    expect(engine.gauges().sqs.q?.ApproximateAgeOfOldestMessage).toBe(30);
    engine.drain();
    engine.advanceTo(start + 60_000);
    expect(engine.drain().filter((e) => e.type === 'sqs/expired')).toHaveLength(1);
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });
});
