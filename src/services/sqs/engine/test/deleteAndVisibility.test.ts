import { describe, expect, it } from 'vitest';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

describe('DeleteMessage and ChangeMessageVisibility', () => {
  it('deletes idempotently and refuses malformed handles ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
    await expectError(
      engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: 'garbage' }),
      'ReceiptHandleIsInvalid',
      'The input receipt handle "garbage" is not a valid receipt handle.',
    );
    const handle = m?.ReceiptHandle ?? '';
    const other = await createQueue(engine, 'other');
    for (const bad of [
      handle.slice(0, -1) + 'Z',
      handle + 'Z1',
      handle.replace('AQEB', 'aqeb'),
      handle.replace('AQEB', 'AQEB0'),
      'AQEBZ1Z1',
    ]) {
      await expectError(
        engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: bad }),
        'ReceiptHandleIsInvalid',
      );
    }
    await expectError(
      engine.call('sqs', 'DeleteMessage', { QueueUrl: other, ReceiptHandle: handle }),
      'ReceiptHandleIsInvalid',
    );
    await expectError(
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout: 10,
      }),
      'InvalidParameterValue',
      /Message does not exist or is not available for visibility timeout change/,
    );
  });

  it('standard: an expired handle still deletes the message ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '1' });
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    engine.advanceBy(2_000);
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('counts the new timeout from the change, not from the receive (L12)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '60' });
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    engine.advanceBy(15_000);
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: m?.ReceiptHandle,
      VisibilityTimeout: 10,
    });
    engine.advanceBy(9_999);
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    engine.advanceBy(1);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('a message released and received again keeps its new timeout, not the first one', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '30' });
    await send(engine, url, 'x');
    const [first] = await receive(engine, url);
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: first?.ReceiptHandle,
      VisibilityTimeout: 0,
    });
    const [again] = await receive(engine, url, { VisibilityTimeout: 60 });
    expect(again?.Body).toBe('x');
    // The first receive's 30 s have passed; the second receive's 60 s have not.
    engine.advanceBy(30_000);
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    engine.advanceBy(30_000);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('keeps a message hidden while extended, and caps the total at 12 hours ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '2' });
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    for (let i = 0; i < 4; i++) {
      engine.advanceBy(1_000);
      await engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout: 2,
      });
      expect(await counts(engine, url)).toEqual([0, 1, 0]);
    }
    await expectError(
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout: 43_200,
      }),
      'InvalidParameterValue',
      'Value 43200 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]',
    );
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: m?.ReceiptHandle,
      VisibilityTimeout: 0,
    });
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('runs batch entries independently', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'a');
    await send(engine, url, 'b');
    const messages = await receive(engine, url, { MaxNumberOfMessages: 2 });
    const result = await engine.call<{
      Successful: { Id: string }[];
      Failed: { Id: string; Code: string }[];
    }>('sqs', 'DeleteMessageBatch', {
      QueueUrl: url,
      Entries: [
        { Id: 'ok', ReceiptHandle: messages[0]?.ReceiptHandle },
        { Id: 'bad', ReceiptHandle: 'garbage' },
      ],
    });
    expect(result.Successful).toEqual([{ Id: 'ok' }]);
    expect(result.Failed).toMatchObject([{ Id: 'bad', Code: 'ReceiptHandleIsInvalid' }]);
    const change = await engine.call<{ Successful: { Id: string }[] }>(
      'sqs',
      'ChangeMessageVisibilityBatch',
      {
        QueueUrl: url,
        Entries: [{ Id: 'c', ReceiptHandle: messages[1]?.ReceiptHandle, VisibilityTimeout: 0 }],
      },
    );
    expect(change.Successful).toEqual([{ Id: 'c' }]);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('names the entry type an empty batch lacks, and the VisibilityTimeout an entry lacks ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    for (const [action, entry] of [
      ['DeleteMessageBatch', 'DeleteMessageBatchRequestEntry'],
      ['ChangeMessageVisibilityBatch', 'ChangeMessageVisibilityBatchRequestEntry'],
    ]) {
      await expectError(
        engine.call('sqs', action as string, { QueueUrl: url, Entries: [] }),
        'EmptyBatchRequest',
        `There should be at least one ${entry} in the request.`,
      );
    }
    await send(engine, url, 'a');
    const [m] = await receive(engine, url);
    const result = await engine.call<{ Failed: unknown[] }>('sqs', 'ChangeMessageVisibilityBatch', {
      QueueUrl: url,
      Entries: [{ Id: 'e', ReceiptHandle: m?.ReceiptHandle }],
    });
    expect(result.Failed).toEqual([
      {
        Id: 'e',
        SenderFault: true,
        Code: 'MissingParameter',
        Message: 'The request must contain the parameter VisibilityTimeout.',
      },
    ]);
  });
});
