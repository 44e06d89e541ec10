import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/index';
import {
  bodies,
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/**
 * The instants a learner can read off the clock: one millisecond before a documented deadline
 * the old rule still holds, at the deadline the new one does ([U] AWS cannot show the instant;
 * the engine picks `>=` deadline, see aws-reference PART 5 #10).
 */
const fifoQueue = (engine: Engine, attrs: Record<string, string> = {}) =>
  createQueue(engine, 'q.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', ...attrs });

describe('PurgeQueue: one purge per 60 s ([V])', () => {
  it('refuses a second purge at 59.999 s and allows it at 60 s', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    await send(engine, url, 'sent after the purge');
    engine.advanceBy(59_999);
    await expectError(
      engine.call('sqs', 'PurgeQueue', { QueueUrl: url }),
      'PurgeQueueInProgress',
      'Only one PurgeQueue operation on q is allowed every 60 seconds.',
    );
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
    engine.advanceBy(1);
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('counts the 60 s per queue: purging one queue does not block another', async () => {
    const engine = newEngine();
    const a = await createQueue(engine, 'a');
    const b = await createQueue(engine, 'b');
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: a });
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: b });
    await expectError(engine.call('sqs', 'PurgeQueue', { QueueUrl: b }), 'PurgeQueueInProgress');
  });
});

describe('FIFO deduplication window: 5 minutes ([D])', () => {
  it('drops the same deduplication id at 4:59.999 and accepts it as new at 5:00', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    const dedup = { MessageGroupId: 'g', MessageDeduplicationId: 'order-1' };
    const original = await send(engine, url, 'first', dedup);
    engine.advanceBy(299_999);
    const retry = await send(engine, url, 'retry', dedup);
    expect(retry.MessageId).toBe(original.MessageId);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
    const dropped = engine.drain().filter((e) => e.type === 'sqs/duplicate-dropped');
    expect(dropped).toHaveLength(1);
    engine.advanceBy(1);
    const late = await send(engine, url, 'late retry', dedup);
    expect(late.MessageId).not.toBe(original.MessageId);
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 10 }))).toEqual([
      'first',
      'late retry',
    ]);
  });

  it('keeps the window from the first send: a dropped duplicate does not extend it', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    await send(engine, url, 'same body', { MessageGroupId: 'g' });
    engine.advanceBy(200_000);
    await send(engine, url, 'same body', { MessageGroupId: 'g' });
    engine.advanceBy(100_000);
    await send(engine, url, 'same body', { MessageGroupId: 'g' });
    expect(await counts(engine, url)).toEqual([2, 0, 0]);
  });
});

describe("a FIFO queue's own DelaySeconds ([D] L17)", () => {
  it('hides every message for the queue delay: hidden at 9.999 s, received at 10 s', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, { DelaySeconds: '10' });
    await send(engine, url, 'x', { MessageGroupId: 'g' });
    expect(await counts(engine, url)).toEqual([0, 0, 1]);
    engine.advanceBy(9_999);
    expect(await receive(engine, url)).toEqual([]);
    engine.advanceBy(1);
    expect(bodies(await receive(engine, url))).toEqual(['x']);
  });
});

describe('visibility timeout deadline', () => {
  it('keeps a message hidden at 29.999 s of a 30 s timeout and shows it at 30 s', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '30' });
    await send(engine, url, 'x');
    await receive(engine, url);
    engine.advanceBy(29_999);
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    engine.advanceBy(1);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });
});

describe('retention deadline', () => {
  it('keeps a message at 59.999 s of a 60 s retention and deletes it at 60 s', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { MessageRetentionPeriod: '60' });
    await send(engine, url, 'x');
    engine.advanceBy(59_999);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
    engine.advanceBy(1);
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });
});
