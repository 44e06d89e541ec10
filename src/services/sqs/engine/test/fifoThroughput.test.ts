import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/index';
import { createQueue, expectError, newEngine, receive, send } from '../../../../engine/testing/sqs';

/**
 * [D] FIFO throughput is 300 requests per second per API action (L19): the 300th send of a
 * second is accepted, the 301st throttled, and receives, deletes and visibility changes each have
 * their own 300. High-throughput mode counts per message group instead.
 */
const PER_ACTION = 300;

const fifoQueue = (engine: Engine, attrs: Record<string, string> = {}) =>
  createQueue(engine, 'q.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', ...attrs });

const throttled = (engine: Engine) =>
  engine.drain().filter((e) => e.type === 'sqs/throttled').length;

/** Starts on a whole virtual second, so a run of calls at one instant stays in one second. */
function atSecondStart(engine: Engine): void {
  const intoSecond = engine.now() % 1000;
  if (intoSecond !== 0) engine.advanceBy(1000 - intoSecond);
}

describe('FIFO throughput per action ([D] L19)', () => {
  it('counts each action on its own: 300 of each in one second, the 301st throttled', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    atSecondStart(engine);
    // 300 groups, so each receive gets a message of its own.
    for (let i = 0; i < PER_ACTION; i++)
      await send(engine, url, `m${i}`, { MessageGroupId: `g${i}` });
    await expectError(
      send(engine, url, 'one too many', { MessageGroupId: 'g' }),
      'ThrottlingException',
      'Rate exceeded',
    );
    const handles: string[] = [];
    for (let i = 0; i < PER_ACTION; i++) {
      const [m] = await receive(engine, url);
      handles.push(m?.ReceiptHandle as string);
    }
    expect(new Set(handles).size).toBe(PER_ACTION);
    await expectError(receive(engine, url), 'ThrottlingException');
    for (const handle of handles) {
      await engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: handle,
        VisibilityTimeout: 60,
      });
    }
    await expectError(
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: handles[0],
        VisibilityTimeout: 60,
      }),
      'ThrottlingException',
    );
    for (const handle of handles) {
      await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: handle });
    }
    await expectError(
      engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: handles[0] }),
      'ThrottlingException',
    );
    // The event log names the action each refusal counted against.
    const refused = engine.drain().filter((e) => e.type === 'sqs/throttled');
    expect(refused.map((e) => (e as { action?: string }).action)).toEqual([
      'SendMessage',
      'ReceiveMessage',
      'ChangeMessageVisibility',
      'DeleteMessage',
    ]);
  });

  it('starts a new count on the next second: still throttled at 0.999 s, allowed at 1 s', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    atSecondStart(engine);
    for (let i = 0; i < PER_ACTION; i++) await send(engine, url, `m${i}`, { MessageGroupId: 'g' });
    engine.advanceBy(999);
    await expectError(send(engine, url, 'late', { MessageGroupId: 'g' }), 'ThrottlingException');
    engine.advanceBy(1);
    await send(engine, url, 'next second', { MessageGroupId: 'g' });
  });

  it('standard queues have no such limit', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    for (let i = 0; i <= PER_ACTION; i++) await send(engine, url, `m${i}`);
    expect(throttled(engine)).toBe(0);
  });

  it('in high-throughput mode, receives are not held to 300 per second', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, {
      DeduplicationScope: 'messageGroup',
      FifoThroughputLimit: 'perMessageGroupId',
    });
    atSecondStart(engine);
    for (let i = 0; i <= PER_ACTION; i++) await receive(engine, url);
    expect(throttled(engine)).toBe(0);
  });

  it('counts a batch as one call of its own action: after 300 single calls the batch is throttled', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine);
    atSecondStart(engine);
    for (let i = 0; i < PER_ACTION; i++) await send(engine, url, `m${i}`, { MessageGroupId: 'g' });
    const batch = (action: string, entry: Record<string, unknown>) =>
      engine.call('sqs', action, { QueueUrl: url, Entries: [{ Id: 'e', ...entry }] });
    await expectError(
      batch('SendMessageBatch', { MessageBody: 'x', MessageGroupId: 'g' }),
      'ThrottlingException',
    );
    engine.advanceBy(1_000);
    const [m] = await receive(engine, url);
    const ReceiptHandle = m?.ReceiptHandle;
    const change = { QueueUrl: url, ReceiptHandle, VisibilityTimeout: 60 };
    for (let i = 0; i < PER_ACTION; i++)
      await engine.call('sqs', 'ChangeMessageVisibility', change);
    await expectError(
      batch('ChangeMessageVisibilityBatch', { ReceiptHandle, VisibilityTimeout: 60 }),
      'ThrottlingException',
    );
    // [V] deleting with the same handle again succeeds, so it can count 300 times
    for (let i = 0; i < PER_ACTION; i++)
      await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle });
    await expectError(batch('DeleteMessageBatch', { ReceiptHandle }), 'ThrottlingException');
    const refused = engine.drain().filter((e) => e.type === 'sqs/throttled');
    expect(refused.map((e) => (e as { action?: string }).action)).toEqual([
      'SendMessageBatch',
      'ChangeMessageVisibilityBatch',
      'DeleteMessageBatch',
    ]);
  });

  it('in high-throughput mode, a batch counts against each message group it sends to', async () => {
    const engine = newEngine();
    const url = await fifoQueue(engine, {
      DeduplicationScope: 'messageGroup',
      FifoThroughputLimit: 'perMessageGroupId',
    });
    atSecondStart(engine);
    for (let i = 0; i < PER_ACTION; i++)
      await send(engine, url, `m${i}`, { MessageGroupId: 'busy' });
    const batch = (groups: string[]) =>
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: groups.map((MessageGroupId, i) => ({
          Id: `e${i}`,
          MessageBody: `b${i}`,
          MessageGroupId,
        })),
      });
    await batch(['quiet', 'calm']);
    await expectError(batch(['quiet', 'busy']), 'ThrottlingException');
    expect(throttled(engine)).toBe(1);
    // Batches to groups of their own are held to no 300 per second.
    for (let i = 0; i <= PER_ACTION; i++) await batch([`own-${i}`]);
    expect(throttled(engine)).toBe(0);
  });
});
