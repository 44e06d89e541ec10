import { describe, expect, it } from 'vitest';
import { counts, createQueue, expectError, newEngine } from '../../../../engine/testing/sqs';

describe('SendMessageBatch', () => {
  const entries = (n: number, extra: (i: number) => object = () => ({})) =>
    Array.from({ length: n }, (_, i) => ({ Id: `m${i}`, MessageBody: `body ${i}`, ...extra(i) }));

  it('refuses whole requests on batch-level problems ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await expectError(
      engine.call('sqs', 'SendMessageBatch', { QueueUrl: url, Entries: [] }),
      'EmptyBatchRequest',
      'There should be at least one SendMessageBatchRequestEntry in the request.',
    );
    await expectError(
      engine.call('sqs', 'SendMessageBatch', { QueueUrl: url, Entries: entries(20) }),
      'TooManyEntriesInBatchRequest',
      'Maximum number of entries per request are 10. You have sent 20.',
    );
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: [{ Id: 'a:b', MessageBody: 'x' }],
      }),
      'InvalidBatchEntryId',
    );
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: [
          { Id: 'a', MessageBody: 'x' },
          { Id: 'a', MessageBody: 'y' },
        ],
      }),
      'BatchEntryIdsNotDistinct',
      'Id a repeated.',
    );
    const big = 'a'.repeat(104_858);
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: entries(10, (i) => ({ MessageBody: i === 0 ? big.slice(0, -3) : big })),
      }),
      'BatchRequestTooLong',
      /Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes./,
    );
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('fails single entries and sends the others ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { MaximumMessageSize: '1024' });
    const result = await engine.call<{
      Successful: { Id: string }[];
      Failed: { Id: string; Code: string; Message: string; SenderFault: boolean }[];
    }>('sqs', 'SendMessageBatch', {
      QueueUrl: url,
      Entries: entries(3, (i) =>
        i === 1 ? { MessageBody: 'a'.repeat(1025) } : i === 2 ? { MessageBody: '\x01' } : {},
      ),
    });
    expect(result.Successful.map((s) => s.Id)).toEqual(['m0']);
    expect(result.Failed).toEqual([
      {
        Id: 'm1',
        SenderFault: true,
        Code: 'InvalidParameterValue',
        Message:
          'One or more parameters cannot be validated. Reason: Message must be shorter than 1024 bytes.',
      },
      expect.objectContaining({ Id: 'm2', Code: 'InvalidMessageContents', SenderFault: true }),
    ]);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('fails a FIFO batch whole when an entry lacks its group or deduplication id ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', { FifoQueue: 'true' });
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: entries(2, (i) =>
          i === 0
            ? { MessageGroupId: 'g', MessageDeduplicationId: 'd' }
            : { MessageDeduplicationId: 'e' },
        ),
      }),
      'InvalidParameterValue',
      'The request must contain the parameter MessageGroupId.',
    );
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: entries(1, () => ({ MessageGroupId: 'g' })),
      }),
      'InvalidParameterValue',
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('counts message attributes in the 1 MiB request total ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    // 8 × 131,072 body bytes is exactly 1 MiB; the attribute adds k + String + x = 8 bytes.
    const full = entries(8, () => ({ MessageBody: 'a'.repeat(131_072) }));
    const attribute = { k: { DataType: 'String', StringValue: 'x' } };
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: full.map((e, i) => (i === 0 ? { ...e, MessageAttributes: attribute } : e)),
      }),
      'BatchRequestTooLong',
      'Batch requests cannot be longer than 1048576 bytes. You have sent 1048584 bytes.',
    );
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('fails an entry with a missing or malformed body or attribute alone', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const result = await engine.call<{
      Successful: { Id: string }[];
      Failed: { Id: string; Message: string }[];
    }>('sqs', 'SendMessageBatch', {
      QueueUrl: url,
      Entries: [
        { Id: 'none' },
        { Id: 'number', MessageBody: 42 },
        { Id: 'odd', MessageBody: 'x', MessageAttributes: { k: 'not a value' } },
        { Id: 'null', MessageBody: 'y', MessageAttributes: null },
      ],
    });
    expect(result.Failed).toEqual([
      expect.objectContaining({
        Id: 'none',
        Message: 'The request must contain the parameter MessageBody.',
      }),
      expect.objectContaining({
        Id: 'number',
        Message: 'Value 42 for parameter MessageBody is invalid. Reason: Must be a string.',
      }),
      expect.objectContaining({
        Id: 'odd',
        Message:
          "The message (user) attribute 'k' must contain a non-empty message attribute value.",
      }),
    ]);
    expect(result.Successful.map((s) => s.Id)).toEqual(['null']);
    // Billed as one small request: the malformed parts add no bytes.
    expect(engine.gauges().sqs.q?.BilledRequests).toBe(1);
  });
});
