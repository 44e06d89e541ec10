import { describe, expect, it } from 'vitest';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/**
 * A consumer that was too slow holds a stale receipt handle once the message has been received
 * again. [V] FIFO refuses it for DeleteMessage ("The receipt handle has expired."); the engine
 * refuses it for ChangeMessageVisibility on any queue, so the slow consumer cannot reveal or hide
 * a message the new receiver is working on.
 */
async function receivedTwice(fifo: boolean) {
  const engine = newEngine();
  const url = fifo
    ? await createQueue(engine, 'q.fifo', { FifoQueue: 'true', VisibilityTimeout: '1' })
    : await createQueue(engine, 'q', { VisibilityTimeout: '1' });
  await send(engine, url, 'x', fifo ? { MessageGroupId: 'g', MessageDeduplicationId: 'd' } : {});
  const [slow] = await receive(engine, url);
  engine.advanceBy(1_000);
  const [fresh] = await receive(engine, url, { VisibilityTimeout: 30 });
  expect(fresh?.MessageId).toBe(slow?.MessageId);
  return { engine, url, stale: slow?.ReceiptHandle, current: fresh?.ReceiptHandle };
}

const expired = (handle: string | undefined) =>
  `Value ${handle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`;

describe('stale receipt handles', () => {
  it('FIFO DeleteMessage refuses the handle of an earlier receive and keeps the message', async () => {
    const { engine, url, stale, current } = await receivedTwice(true);
    await expectError(
      engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: stale }),
      'InvalidParameterValue',
      expired(stale),
    );
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: current });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('FIFO DeleteMessageBatch fails that entry alone', async () => {
    const { engine, url, stale } = await receivedTwice(true);
    const result = await engine.call<{ Failed: { Id: string; Message: string }[] }>(
      'sqs',
      'DeleteMessageBatch',
      { QueueUrl: url, Entries: [{ Id: 'old', ReceiptHandle: stale }] },
    );
    expect(result.Failed.map((f) => [f.Id, f.Message])).toEqual([['old', expired(stale)]]);
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
  });

  for (const fifo of [false, true]) {
    it(`ChangeMessageVisibility refuses it on a ${fifo ? 'FIFO' : 'standard'} queue: the new receiver keeps the message hidden`, async () => {
      const { engine, url, stale, current } = await receivedTwice(fifo);
      await expectError(
        engine.call('sqs', 'ChangeMessageVisibility', {
          QueueUrl: url,
          ReceiptHandle: stale,
          VisibilityTimeout: 0,
        }),
        'InvalidParameterValue',
        `Value ${stale} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
      );
      expect(await counts(engine, url)).toEqual([0, 1, 0]);
      await engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: current,
        VisibilityTimeout: 0,
      });
      expect(await counts(engine, url)).toEqual([1, 0, 0]);
    });
  }

  it('a FIFO handle whose timeout ran out cannot change the visibility either', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', { FifoQueue: 'true', VisibilityTimeout: '1' });
    await send(engine, url, 'x', { MessageGroupId: 'g', MessageDeduplicationId: 'd' });
    const [m] = await receive(engine, url);
    engine.advanceBy(1_000);
    await expectError(
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout: 30,
      }),
      'InvalidParameterValue',
      expired(m?.ReceiptHandle),
    );
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('a standard queue honours an expired handle that was not re-received ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '1' });
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    engine.advanceBy(1_000);
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: m?.ReceiptHandle,
      VisibilityTimeout: 10,
    });
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('a handle edited to name a message nobody received is refused on a FIFO queue', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    await send(engine, url, 'received', { MessageGroupId: 'a' });
    const [m] = await receive(engine, url);
    await send(engine, url, 'never received', { MessageGroupId: 'b' });
    // Handles read AQEB{queue}Z{message}Z{receive} in base 36; the next message is the next key.
    const [queue, key, seq] = (m?.ReceiptHandle ?? '').slice(4).split('Z');
    const forged = `AQEB${queue}Z${(parseInt(key ?? '', 36) + 1).toString(36)}Z${seq}`;
    await expectError(
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: forged,
        VisibilityTimeout: 60,
      }),
      'InvalidParameterValue',
      `Value ${forged} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
    );
    await expectError(
      engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: forged }),
      'InvalidParameterValue',
      expired(forged),
    );
    expect(await counts(engine, url)).toEqual([1, 1, 0]);
  });
});
