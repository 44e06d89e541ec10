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

const fifoQueue = (engine: Engine, attrs: Record<string, string> = {}) =>
  createQueue(engine, 'q.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', ...attrs });
const sendTo = (engine: Engine, url: string, group: string, body: string) =>
  send(engine, url, body, { MessageGroupId: group });

describe('FIFO queues', () => {
  it('requires a group id and a deduplication id ([V] texts)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', { FifoQueue: 'true' });
    await expectError(
      send(engine, url, 'x', { MessageDeduplicationId: 'd' }),
      'MissingParameter',
      'The request must contain the parameter MessageGroupId.',
    );
    await expectError(
      send(engine, url, 'x', { MessageGroupId: 'g' }),
      'InvalidParameterValue',
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
    await expectError(
      send(engine, url, 'x', { MessageGroupId: 'g', MessageDeduplicationId: 'd', DelaySeconds: 2 }),
      'InvalidParameterValue',
      'Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.',
    );
    const ok = await send(engine, url, 'x', {
      MessageGroupId: 'g',
      MessageDeduplicationId: 'd',
      DelaySeconds: 0,
    });
    expect(ok.SequenceNumber).toMatch(/^\d{20}$/);
  });

  it('returns as many messages of one group as possible first ([V] g1,g2,g1,g1 → g1×3, g2)', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    for (const [g, b] of [
      ['g1', 'g1-m1'],
      ['g2', 'g2-m1'],
      ['g1', 'g1-m2'],
      ['g1', 'g1-m3'],
    ])
      await sendTo(engine, url, g as string, b as string);
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 10 }))).toEqual([
      'g1-m1',
      'g1-m2',
      'g1-m3',
      'g2-m1',
    ]);
  });

  it('blocks a group behind its in-flight messages (L20, [V])', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    for (const b of ['g1-m1', 'g1-m2', 'g1-m3']) await sendTo(engine, url, 'g1', b);
    await sendTo(engine, url, 'g2', 'g2-m1');
    const first = await receive(engine, url, { MaxNumberOfMessages: 2 });
    expect(bodies(first)).toEqual(['g1-m1', 'g1-m2']);
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 10 }))).toEqual(['g2-m1']);
    expect(await receive(engine, url, { MaxNumberOfMessages: 10 })).toEqual([]);
    // [V] blocked messages count as visible
    expect(await counts(engine, url)).toEqual([1, 3, 0]);
    await engine.call('sqs', 'DeleteMessage', {
      QueueUrl: url,
      ReceiptHandle: first[0]?.ReceiptHandle,
    });
    expect(await receive(engine, url)).toEqual([]);
    await engine.call('sqs', 'DeleteMessage', {
      QueueUrl: url,
      ReceiptHandle: first[1]?.ReceiptHandle,
    });
    expect(bodies(await receive(engine, url))).toEqual(['g1-m3']);
  });

  it('releases only the prefix before an extended message ([V] foo, bar, baz)', async () => {
    for (const [extended, expected] of [
      ['foo', []],
      ['bar', ['foo']],
      ['baz', ['foo', 'bar']],
    ] as const) {
      const engine = newEngine();
      const url = await fifoQueue(engine);
      for (const b of ['foo', 'bar', 'baz']) await sendTo(engine, url, 'g', b);
      const messages = await receive(engine, url, { MaxNumberOfMessages: 3, VisibilityTimeout: 1 });
      const target = messages.find((m) => m.Body === extended);
      await engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: target?.ReceiptHandle,
        VisibilityTimeout: 4,
      });
      engine.advanceBy(2_500);
      expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 5 }))).toEqual(expected);
    }
  });

  it('redelivers a group in its original order after the visibility timeout', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, { VisibilityTimeout: '5' });
    for (const b of ['a', 'b', 'c']) await sendTo(engine, url, 'g', b);
    await receive(engine, url, { MaxNumberOfMessages: 3 });
    engine.advanceBy(5_000);
    expect(bodies(await receive(engine, url, { MaxNumberOfMessages: 3 }))).toEqual(['a', 'b', 'c']);
  });

  it('drops duplicates for 5 minutes, even after the original is deleted (L18, [V])', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    const first = await sendTo(engine, url, 'g', 'same body');
    const [m] = await receive(engine, url);
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    const again = await sendTo(engine, url, 'g', 'same body');
    expect(again.MessageId).toBe(first.MessageId);
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
    expect(engine.drain().some((e) => e.type === 'sqs/duplicate-dropped')).toBe(true);
    engine.advanceBy(300_000);
    await sendTo(engine, url, 'g', 'same body');
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('deduplicates by content hash, by explicit id, queue-wide or per group ([V])', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    await sendTo(engine, url, 'g', 'Test');
    // [V] content-based id = SHA-256 of the body
    await send(engine, url, 'other', {
      MessageGroupId: 'h',
      MessageDeduplicationId: '532eaabd9574880dbf76b9b8cc00832c20a6ec113d682299550d7a6e0f345e25',
    });
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
    const [m] = await receive(engine, url, { AttributeNames: ['MessageDeduplicationId'] });
    expect(m?.Attributes?.MessageDeduplicationId).toBe(
      '532eaabd9574880dbf76b9b8cc00832c20a6ec113d682299550d7a6e0f345e25',
    );

    const scoped = await createQueue(engine, 'scoped.fifo', {
      FifoQueue: 'true',
      DeduplicationScope: 'messageGroup',
    });
    await send(engine, scoped, 'a', { MessageGroupId: 'g1', MessageDeduplicationId: 'same' });
    await send(engine, scoped, 'b', { MessageGroupId: 'g2', MessageDeduplicationId: 'same' });
    await send(engine, scoped, 'c', { MessageGroupId: 'g2', MessageDeduplicationId: 'same' });
    expect(await counts(engine, scoped)).toEqual([2, 0, 0]);
  });

  it('refuses an expired receipt handle ([V])', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, { VisibilityTimeout: '1' });
    await sendTo(engine, url, 'g', 'x');
    const [m] = await receive(engine, url);
    engine.advanceBy(1_500);
    await expectError(
      engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle }),
      'InvalidParameterValue',
      `Value ${m?.ReceiptHandle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
    );
  });

  it('applies a new queue delay to messages still delayed ([D])', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, { DelaySeconds: '10' });
    await sendTo(engine, url, 'g', 'x');
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: url,
      Attributes: { DelaySeconds: '2' },
    });
    engine.advanceBy(1_999);
    expect(await receive(engine, url)).toEqual([]);
    expect(await counts(engine, url)).toEqual([0, 0, 1]);
    engine.advanceBy(1);
    expect(bodies(await receive(engine, url))).toEqual(['x']);
  });

  it('throttles over 300 requests per second per action (L19)', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    for (let i = 0; i < 300; i++) await sendTo(engine, url, 'g', `m${i}`);
    await expectError(sendTo(engine, url, 'g', 'one too many'), 'ThrottlingException');
    // a batch counts once: 10 messages in one request, the next second
    engine.advanceBy(1_000);
    await engine.call('sqs', 'SendMessageBatch', {
      QueueUrl: url,
      Entries: Array.from({ length: 10 }, (_, i) => ({
        Id: `b${i}`,
        MessageBody: `batch ${i}`,
        MessageGroupId: 'g',
      })),
    });
    // ...and 299 single sends still fit in that second: the batch was one request, not ten.
    for (let i = 0; i < 299; i++) await sendTo(engine, url, 'g', `n${i}`);
    await expectError(sendTo(engine, url, 'g', 'over again'), 'ThrottlingException');
    expect((await counts(engine, url))[0]).toBe(609);
    expect(engine.drain().filter((e) => e.type === 'sqs/throttled')).toHaveLength(2);
  });

  it('in high-throughput mode throttles per message group instead', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, {
      DeduplicationScope: 'messageGroup',
      FifoThroughputLimit: 'perMessageGroupId',
    });
    for (let i = 0; i < 300; i++) await sendTo(engine, url, 'hot', `m${i}`);
    await expectError(sendTo(engine, url, 'hot', 'over'), 'ThrottlingException');
    await sendTo(engine, url, 'cold', 'fine');
  });

  describe('ReceiveRequestAttemptId ([D])', () => {
    const attempt = (engine: Engine, url: string, id: string, extra = {}) =>
      receive(engine, url, {
        MaxNumberOfMessages: 2,
        ReceiveRequestAttemptId: id,
        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        ...extra,
      });

    it('a retry within 5 minutes gets the same messages and handles, hidden anew', async () => {
      const engine = newEngine();
      const url = await fifoQueue(engine, { VisibilityTimeout: '30' });
      for (const body of ['a', 'b', 'c']) await sendTo(engine, url, 'g', body);
      const first = await attempt(engine, url, 'try-1');
      engine.advanceBy(20_000);
      const again = await attempt(engine, url, 'try-1');
      expect(bodies(again)).toEqual(['a', 'b']);
      expect(again.map((m) => m.ReceiptHandle)).toEqual(first.map((m) => m.ReceiptHandle));
      expect(again.map((m) => m.Attributes?.ApproximateReceiveCount)).toEqual(['1', '1']);
      // Hidden for 30 s from the retry, not from the first receive.
      engine.advanceBy(20_000);
      expect(await counts(engine, url)).toEqual([1, 2, 0]);
      engine.advanceBy(10_000);
      expect(await counts(engine, url)).toEqual([3, 0, 0]);
      expect(engine.drain().filter((e) => e.type === 'sqs/receive-retried')).toHaveLength(2);
    });

    it('is an ordinary receive once a message changed, after 5 minutes, or with a new id', async () => {
      const engine = newEngine();
      const url = await fifoQueue(engine, { VisibilityTimeout: '600' });
      for (const body of ['a', 'b', 'c', 'd', 'e', 'f']) await sendTo(engine, url, body, body);
      const [a] = await attempt(engine, url, 'x');
      await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: a?.ReceiptHandle });
      expect(bodies(await attempt(engine, url, 'x'))).toEqual(['c', 'd']);
      expect(bodies(await attempt(engine, url, 'y'))).toEqual(['e', 'f']);
      engine.advanceBy(5 * 60 * 1000);
      expect(await attempt(engine, url, 'y')).toEqual([]);
    });

    it('counts its 5 minutes from the first receive, not from the last retry', async () => {
      const engine = newEngine();
      const url = await fifoQueue(engine, { VisibilityTimeout: '600' });
      await sendTo(engine, url, 'g', 'a');
      const [first] = await attempt(engine, url, 'x');
      engine.advanceBy(4 * 60 * 1000);
      expect((await attempt(engine, url, 'x'))[0]?.ReceiptHandle).toBe(first?.ReceiptHandle);
      engine.advanceBy(2 * 60 * 1000);
      expect(await attempt(engine, url, 'x')).toEqual([]);
    });

    it('means nothing on a standard queue', async () => {
      const engine = newEngine();
      const url = await createQueue(engine, 'plain');
      for (const body of ['a', 'b', 'c']) await send(engine, url, body);
      const first = await attempt(engine, url, 'same');
      const second = await attempt(engine, url, 'same');
      expect([...bodies(first), ...bodies(second)].sort()).toEqual(['a', 'b', 'c']);
    });
  });
});
