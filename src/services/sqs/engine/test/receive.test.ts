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

describe('ReceiveMessage', () => {
  it('answers an empty short poll at once, without a Messages member ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    expect(await engine.call('sqs', 'ReceiveMessage', { QueueUrl: url })).toEqual({});
    const events = engine.drain().filter((e) => e.type === 'sqs/empty-receive');
    expect(events).toHaveLength(1);
    expect(engine.gauges().sqs.q?.NumberOfEmptyReceives).toBe(1);
  });

  it('validates its parameters ([V] texts)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await expectError(
      receive(engine, url, { MaxNumberOfMessages: 11 }),
      'InvalidParameterValue',
      'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    );
    const tooLong = expectError(
      receive(engine, url, { WaitTimeSeconds: 21 }),
      'InvalidParameterValue',
      'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.',
    );
    engine.advanceBy(21_000); // were the call taken as a long poll, it would end empty, not hang
    await tooLong;
    await expectError(receive(engine, url, { WaitTimeSeconds: -1 }), 'InvalidParameterValue');
    await expectError(
      receive(engine, url, { MaxNumberOfMessages: 0 }),
      'InvalidParameterValue',
      'Value 0 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    );
    await expectError(
      receive(engine, url, { VisibilityTimeout: -1 }),
      'InvalidParameterValue',
      'Value -1 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.',
    );
    await expectError(
      receive(engine, url, { VisibilityTimeout: 43_201 }),
      'InvalidParameterValue',
      'Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.',
    );
    await expectError(
      receive(engine, url, { ReceiveRequestAttemptId: 'has space' }),
      'InvalidParameterValue',
      'Value has space for parameter ReceiveRequestAttemptId is invalid. Reason: Must be 1 to 128 alphanumeric or punctuation characters.',
    );
    await expectError(
      receive(engine, url, { MessageSystemAttributeNames: ['SentTimestamp', 'Colour'] }),
      'InvalidAttributeName',
      'Unknown Attribute Colour.',
    );
    // 12 hours is the longest visibility timeout a receive may ask for.
    await send(engine, url, 'x');
    expect(await receive(engine, url, { VisibilityTimeout: 43_200 })).toHaveLength(1);
  });

  it('returns up to MaxNumberOfMessages and a new receipt handle and count on every receive', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    for (let i = 0; i < 12; i++) await send(engine, url, `m${i}`);
    const batch = await receive(engine, url, {
      MaxNumberOfMessages: 10,
      VisibilityTimeout: 0,
      AttributeNames: ['ApproximateReceiveCount'],
    });
    expect(batch).toHaveLength(10);
    const again = await receive(engine, url, {
      MaxNumberOfMessages: 10,
      AttributeNames: ['ApproximateReceiveCount'],
    });
    expect(again).toHaveLength(10);
    // Of 12 messages, at least 8 of these 10 were in the first batch: each comes back with count 2
    // and a handle of its own; the two never received before have count 1.
    let received = 0;
    for (const message of again) {
      const earlier = batch.find((m) => m.MessageId === message.MessageId);
      if (earlier !== undefined) received++;
      expect(message.ReceiptHandle).not.toBe(earlier?.ReceiptHandle);
      expect(message.Attributes?.ApproximateReceiveCount).toBe(earlier === undefined ? '1' : '2');
    }
    expect(received).toBeGreaterThanOrEqual(8);
    expect(new Set(again.map((m) => m.ReceiptHandle)).size).toBe(10);
  });

  it('hides a received message for the visibility timeout, then returns it with count 2 (L10, L11)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '30' });
    await send(engine, url, 'work');
    const [first] = await receive(engine, url, { AttributeNames: ['All'] });
    expect(first?.Attributes?.ApproximateReceiveCount).toBe('1');
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    engine.advanceBy(29_000);
    expect(await receive(engine, url)).toEqual([]);
    engine.advanceBy(1_000);
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
    const [second] = await receive(engine, url, { AttributeNames: ['All'] });
    expect(second?.Attributes?.ApproximateReceiveCount).toBe('2');
    expect(second?.Attributes?.ApproximateFirstReceiveTimestamp).toBe(
      first?.Attributes?.ApproximateFirstReceiveTimestamp,
    );
    expect(engine.drain().some((e) => e.type === 'sqs/visibility-expired')).toBe(true);
  });

  it('keeps the message visible under VisibilityTimeout=0 ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'x');
    const [a] = await receive(engine, url, { VisibilityTimeout: 0 });
    const [b] = await receive(engine, url, { AttributeNames: ['ApproximateReceiveCount'] });
    expect(b?.MessageId).toBe(a?.MessageId);
    expect(b?.ReceiptHandle).not.toBe(a?.ReceiptHandle);
    expect(b?.Attributes?.ApproximateReceiveCount).toBe('2');
  });

  it('long polls: answers when a message arrives, not when MaxNumberOfMessages is full ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const start = engine.now();
    const poll = receive(engine, url, { WaitTimeSeconds: 20, MaxNumberOfMessages: 3 });
    engine.advanceBy(4_000);
    await send(engine, url, 'late');
    expect(bodies(await poll)).toEqual(['late']);
    // The event log shows the answer at 0:04, the instant the message arrived, not at 0:20.
    const answered = engine.drain().filter((e) => e.type === 'sqs/received');
    expect(answered.map((e) => e.at - start)).toEqual([4_000]);
    expect(engine.now() - start).toBe(4_000);
  });

  it('long polls: empty only after the whole wait, using the queue default when not given', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { ReceiveMessageWaitTimeSeconds: '5' });
    let settled = false;
    const poll = receive(engine, url).then((m) => {
      settled = true;
      return m;
    });
    engine.advanceBy(4_999);
    await Promise.resolve();
    expect(settled).toBe(false);
    engine.advanceBy(1);
    expect(await poll).toEqual([]);
  });

  it('long polls: a delayed message that becomes visible during the wait is returned ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'delayed', { DelaySeconds: 2 });
    expect(await counts(engine, url)).toEqual([0, 0, 1]);
    const poll = receive(engine, url, { WaitTimeSeconds: 5 });
    engine.advanceBy(2_000);
    expect(bodies(await poll)).toEqual(['delayed']);
  });

  it('filters system and message attributes as AWS does ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const attrs = {
      'Help.Me': { DataType: 'String', StringValue: 'Me' },
      Hello: { DataType: 'String', StringValue: 'There' },
      General: { DataType: 'String', StringValue: 'Kenobi' },
    };
    await send(engine, url, 'x', { MessageAttributes: attrs });
    const names = async (MessageAttributeNames: string[]) => {
      const [m] = await receive(engine, url, { MessageAttributeNames, VisibilityTimeout: 0 });
      return {
        names: Object.keys(m?.MessageAttributes ?? {}).sort(),
        md5: m?.MD5OfMessageAttributes,
      };
    };
    expect(await names([])).toEqual({ names: [], md5: undefined });
    expect((await names(['All'])).names).toEqual(['General', 'Hello', 'Help.Me']);
    expect((await names(['.*'])).names).toHaveLength(3);
    expect(await names(['Foo', 'Help'])).toEqual({ names: [], md5: undefined });
    expect(await names(['Hello', 'General'])).toEqual({
      names: ['General', 'Hello'],
      md5: 'fca026605781cb4126a1e9044df24232',
    });
    expect((await names(['Hel.*'])).names).toEqual(['Hello', 'Help.Me']);
    const [m] = await receive(engine, url, {
      AttributeNames: ['SenderId', 'SequenceNumber'],
      VisibilityTimeout: 0,
    });
    expect(Object.keys(m?.Attributes ?? {})).toEqual(['SenderId']);
    const [plain] = await receive(engine, url, { VisibilityTimeout: 0 });
    expect(plain).not.toHaveProperty('Attributes');
    expect(plain).not.toHaveProperty('MessageAttributes');
  });
});
