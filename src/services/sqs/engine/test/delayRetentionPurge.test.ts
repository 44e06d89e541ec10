import { describe, expect, it } from 'vitest';
import {
  bodies,
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

describe('delay, retention and purge', () => {
  it('delays per queue and per message (L17)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { DelaySeconds: '10' });
    await send(engine, url, 'queue-delay');
    await send(engine, url, 'own-delay', { DelaySeconds: 2 });
    await send(engine, url, 'no-delay', { DelaySeconds: 0 });
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 10 }))).toEqual(['no-delay']);
    engine.advanceBy(2_000);
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 10 }))).toEqual(['own-delay']);
    engine.advanceBy(8_000);
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 10 }))).toEqual([
      'queue-delay',
    ]);
  });

  it('expires messages after the retention period, in flight too ([V] L04)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', {
      MessageRetentionPeriod: '60',
      VisibilityTimeout: '300',
    });
    await send(engine, url, 'visible');
    await send(engine, url, 'in-flight');
    await receive(engine, url);
    engine.advanceBy(60_000);
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
    expect(engine.drain().filter((e) => e.type === 'sqs/expired')).toHaveLength(2);
  });

  it('purges everything once per 60 s ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'a');
    await send(engine, url, 'b', { DelaySeconds: 60 });
    await send(engine, url, 'c');
    await receive(engine, url);
    engine.drain();
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
    expect(engine.drain()).toEqual([
      expect.objectContaining({ type: 'sqs/purged', queue: 'q', messagesDeleted: 3 }),
    ]);
    await send(engine, url, 'after');
    await expectError(
      engine.call('sqs', 'PurgeQueue', { QueueUrl: url }),
      'PurgeQueueInProgress',
      'Only one PurgeQueue operation on q is allowed every 60 seconds.',
    );
    expect(bodies(await receive(engine, url))).toEqual(['after']);
    engine.advanceBy(60_000);
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
  });

  it('a new DelaySeconds holds back messages still waiting on a FIFO queue only ([D])', async () => {
    const engine = newEngine();
    const standard = await createQueue(engine, 'q', { DelaySeconds: '60' });
    const fifo = await createQueue(engine, 'q.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    const setDelay = (QueueUrl: string, DelaySeconds: string) =>
      engine.call('sqs', 'SetQueueAttributes', { QueueUrl, Attributes: { DelaySeconds } });
    await send(engine, standard, 'waits its 60 s');
    await send(engine, fifo, 'in flight', { MessageGroupId: 'a' });
    await receive(engine, fifo, { VisibilityTimeout: 300 });
    await setDelay(fifo, '60');
    await send(engine, fifo, 'waiting', { MessageGroupId: 'b' });
    engine.advanceBy(30_000);
    await setDelay(standard, '0');
    await setDelay(fifo, '30');
    expect(await counts(engine, standard)).toEqual([0, 0, 1]);
    // 30 s after it was sent, the FIFO message has waited out the new delay: visible at once.
    expect(await counts(engine, fifo)).toEqual([1, 1, 0]);
    engine.advanceBy(30_000);
    expect(await counts(engine, standard)).toEqual([1, 0, 0]);
  });
});

describe('SetQueueAttributes', () => {
  it('needs Attributes, and logs the values it set', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await expectError(
      engine.call('sqs', 'SetQueueAttributes', { QueueUrl: url }),
      'MissingParameter',
      'The request must contain the parameter Attributes.',
    );
    engine.drain();
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: url,
      Attributes: { VisibilityTimeout: '60' },
    });
    expect(engine.drain()).toEqual([
      expect.objectContaining({
        type: 'sqs/attributes-changed',
        queue: 'q',
        attributes: { VisibilityTimeout: '60' },
      }),
    ]);
  });
});
