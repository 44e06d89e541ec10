import { describe, expect, it } from 'vitest';
import {
  bodies,
  counts,
  createQueue,
  expectError,
  newEngine,
  queueArn,
  receive,
  send,
  withDeadLetterQueue,
} from '../../../../engine/testing/sqs';

describe('dead-letter queues (L14)', () => {
  it('moves a message on the receive that would exceed maxReceiveCount, without returning it ([V])', async () => {
    const engine = newEngine();
    const { dlq, source } = await withDeadLetterQueue(engine, 2);
    const sent = await send(engine, source, 'poison', {
      MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } },
    });
    expect(await receive(engine, source)).toHaveLength(1);
    expect(await receive(engine, source)).toHaveLength(1);
    expect(await receive(engine, source)).toEqual([]);
    expect(await counts(engine, source)).toEqual([0, 0, 0]);
    const [dead] = await receive(engine, dlq, {
      AttributeNames: ['All'],
      MessageAttributeNames: ['All'],
    });
    expect(dead?.MessageId).toBe(sent.MessageId);
    expect(dead?.Body).toBe('poison');
    expect(dead?.MessageAttributes).toEqual({ k: { DataType: 'String', StringValue: 'v' } });
    expect(dead?.Attributes?.DeadLetterQueueSourceArn).toBe(
      'arn:aws:sqs:us-east-1:123456789012:source',
    );
    // [V] the count carries on: two receives in the source, this is the third
    expect(dead?.Attributes?.ApproximateReceiveCount).toBe('3');
    const moved = engine.drain().find((e) => e.type === 'sqs/moved-to-dlq');
    expect(moved).toMatchObject({
      queue: 'source',
      deadLetterQueue: 'dlq',
      receiveCount: 2,
      maxReceiveCount: 2,
    });
  });

  it('a moved message joins what the dead-letter queue already holds', async () => {
    const engine = newEngine();
    const { dlq, source } = await withDeadLetterQueue(engine, 1);
    await send(engine, dlq, 'sent straight to the DLQ');
    await send(engine, source, 'poison');
    await receive(engine, source);
    expect(await receive(engine, source)).toEqual([]);
    expect(await counts(engine, dlq)).toEqual([2, 0, 0]);
    const held = await receive(engine, dlq, { MaxNumberOfMessages: 10 });
    expect(bodies(held).sort()).toEqual(['poison', 'sent straight to the DLQ']);
  });

  it('with its dead-letter queue deleted, a queue goes on delivering past maxReceiveCount', async () => {
    const engine = newEngine();
    const { dlq, source } = await withDeadLetterQueue(engine, 1);
    await send(engine, source, 'poison');
    await receive(engine, source);
    await engine.call('sqs', 'DeleteQueue', { QueueUrl: dlq });
    const [again] = await receive(engine, source, { MessageSystemAttributeNames: ['All'] });
    expect(again?.Body).toBe('poison');
    expect(again?.Attributes?.ApproximateReceiveCount).toBe('2');
  });

  it('standard DLQ: keeps the original enqueue time, so retention keeps counting ([D])', async () => {
    const engine = newEngine();
    const dlq = await createQueue(engine, 'dlq', { MessageRetentionPeriod: '120' });
    const source = await createQueue(engine, 'source', {
      VisibilityTimeout: '0',
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: await queueArn(engine, dlq),
        maxReceiveCount: 1,
      }),
    });
    await send(engine, source, 'x');
    await receive(engine, source);
    engine.advanceBy(100_000);
    await receive(engine, source);
    expect(await counts(engine, dlq)).toEqual([1, 0, 0]);
    engine.advanceBy(20_000);
    expect(await counts(engine, dlq)).toEqual([0, 0, 0]);
  });

  it('FIFO DLQ: the move resets the enqueue time, so retention starts over ([D])', async () => {
    const engine = newEngine();
    const fifo = { FifoQueue: 'true', ContentBasedDeduplication: 'true' };
    const dlq = await createQueue(engine, 'dlq.fifo', { ...fifo, MessageRetentionPeriod: '120' });
    const source = await createQueue(engine, 'source.fifo', {
      ...fifo,
      VisibilityTimeout: '0',
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: await queueArn(engine, dlq),
        maxReceiveCount: 1,
      }),
    });
    await send(engine, source, 'x', { MessageGroupId: 'g' });
    await receive(engine, source);
    engine.advanceBy(100_000);
    await receive(engine, source);
    engine.advanceBy(119_999);
    expect(await counts(engine, dlq)).toEqual([1, 0, 0]);
    engine.advanceBy(1);
    expect(await counts(engine, dlq)).toEqual([0, 0, 0]);
  });

  it('keeps a FIFO group working after its head is dead-lettered ([V])', async () => {
    const engine = newEngine();
    const { dlq, source } = await withDeadLetterQueue(engine, 1, true);
    await send(engine, source, 'first', { MessageGroupId: 'g' });
    await send(engine, source, 'second', { MessageGroupId: 'g' });
    expect(bodies(await receive(engine, source, { VisibilityTimeout: 1 }))).toEqual(['first']);
    engine.advanceBy(1_000);
    expect(bodies(await receive(engine, source, { VisibilityTimeout: 1 }))).toEqual(['second']);
    const [dead] = await receive(engine, dlq, { AttributeNames: ['All'] });
    expect(dead?.Body).toBe('first');
    expect(dead?.Attributes?.MessageDeduplicationId).toBe(dead?.MessageId);
  });

  it('validates RedrivePolicy against the world', async () => {
    const engine = newEngine();
    const missing = JSON.stringify({
      deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:nope',
      maxReceiveCount: 3,
    });
    await expectError(
      createQueue(engine, 'q', { RedrivePolicy: missing }),
      'InvalidParameterValue',
      `Value ${missing} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.`,
    );
    const fifoDlq = await createQueue(engine, 'd.fifo', { FifoQueue: 'true' });
    await expectError(
      createQueue(engine, 'q', {
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: await queueArn(engine, fifoDlq),
          maxReceiveCount: 3,
        }),
      }),
      'InvalidParameterValue',
      /Dead-letter queue must be same type of queue as the source\.\.$/,
    );
    const dlq = await createQueue(engine, 'd');
    const arn = await queueArn(engine, dlq);
    await expectError(
      createQueue(engine, 'q', {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 0 }),
      }),
      'InvalidParameterValue',
      /Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive\./,
    );
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: dlq,
      Attributes: { RedriveAllowPolicy: '{"redrivePermission":"denyAll"}' },
    });
    await expectError(
      createQueue(engine, 'q', {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 3 }),
      }),
      'InvalidParameterValue',
    );
    expect(await engine.call('sqs', 'ListQueues', { QueueNamePrefix: 'q' })).toEqual({});
  });

  it('stores maxReceiveCount as a number, lists sources, and removes the policy with ""', async () => {
    const engine = newEngine();
    const { dlq, dlqArn, source } = await withDeadLetterQueue(engine, 5);
    const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl: source, AttributeNames: ['RedrivePolicy'] },
    );
    expect(Attributes.RedrivePolicy).toBe(
      `{"deadLetterTargetArn":"${dlqArn}","maxReceiveCount":5}`,
    );
    expect(await engine.call('sqs', 'ListDeadLetterSourceQueues', { QueueUrl: dlq })).toEqual({
      queueUrls: [source],
    });
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: source,
      Attributes: { RedrivePolicy: '' },
    });
    expect(await engine.call('sqs', 'ListDeadLetterSourceQueues', { QueueUrl: dlq })).toEqual({
      queueUrls: [],
    });
  });
});

describe('redrive with message move tasks', () => {
  it('moves dead letters back to their source as new messages, at the given rate', async () => {
    const engine = newEngine();
    const { dlq, dlqArn, source } = await withDeadLetterQueue(engine, 1);
    const sent = [];
    for (const b of ['a', 'b', 'c', 'd']) sent.push(await send(engine, source, b));
    for (let i = 0; i < 8; i++) await receive(engine, source);
    expect(await counts(engine, dlq)).toEqual([4, 0, 0]);
    const { TaskHandle } = await engine.call<{ TaskHandle: string }>(
      'sqs',
      'StartMessageMoveTask',
      { SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: 1 },
    );
    expect(JSON.parse(atob(TaskHandle))).toMatchObject({ sourceArn: dlqArn });
    await expectError(
      engine.call('sqs', 'StartMessageMoveTask', { SourceArn: dlqArn }),
      'InvalidParameterValue',
      'There is already a task running. Only one active task is allowed for a source queue arn at a given time.',
    );
    const running = await engine.call<{ Results: Record<string, unknown>[] }>(
      'sqs',
      'ListMessageMoveTasks',
      { SourceArn: dlqArn },
    );
    expect(running.Results[0]).toMatchObject({
      Status: 'RUNNING',
      TaskHandle,
      ApproximateNumberOfMessagesToMove: 4,
      MaxNumberOfMessagesPerSecond: 1,
    });
    engine.advanceBy(4_000);
    const done = await engine.call<{ Results: Record<string, unknown>[] }>(
      'sqs',
      'ListMessageMoveTasks',
      { SourceArn: dlqArn },
    );
    expect(done.Results[0]).toMatchObject({
      Status: 'COMPLETED',
      ApproximateNumberOfMessagesMoved: 4,
    });
    expect(done.Results[0]).not.toHaveProperty('TaskHandle');
    const back = await receive(engine, source, {
      MaxNumberOfMessages: 10,
      AttributeNames: ['ApproximateReceiveCount'],
    });
    expect(bodies(back).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(back.map((m) => m.MessageId)).not.toContain(sent[0]?.MessageId);
    expect(back.every((m) => m.Attributes?.ApproximateReceiveCount === '1')).toBe(true);
  });

  it('refuses a source that is no dead-letter queue, and cancels a running task', async () => {
    const engine = newEngine();
    const plain = await createQueue(engine, 'plain');
    await expectError(
      engine.call('sqs', 'StartMessageMoveTask', { SourceArn: await queueArn(engine, plain) }),
      'InvalidParameterValue',
      'Source queue must be configured as a Dead Letter Queue.',
    );
    await expectError(
      engine.call('sqs', 'StartMessageMoveTask', {
        SourceArn: 'arn:aws:sqs:us-east-1:123456789012:ghost',
      }),
      'ResourceNotFoundException',
      "The resource that you specified for the SourceArn parameter doesn't exist.",
    );
    const { dlqArn, source } = await withDeadLetterQueue(engine, 1);
    for (const b of ['a', 'b', 'c']) await send(engine, source, b);
    for (let i = 0; i < 6; i++) await receive(engine, source);
    const { TaskHandle } = await engine.call<{ TaskHandle: string }>(
      'sqs',
      'StartMessageMoveTask',
      { SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: 1 },
    );
    const cancelled = await engine.call('sqs', 'CancelMessageMoveTask', { TaskHandle });
    expect(cancelled).toEqual({ ApproximateNumberOfMessagesMoved: 1 });
    await expectError(
      engine.call('sqs', 'CancelMessageMoveTask', { TaskHandle: 'foobared' }),
      'InvalidParameterValue',
      'Value for parameter TaskHandle is invalid.',
    );
    engine.advanceBy(10_000);
    const list = await engine.call<{ Results: Record<string, unknown>[] }>(
      'sqs',
      'ListMessageMoveTasks',
      { SourceArn: dlqArn, MaxResults: 10 },
    );
    expect(list.Results).toMatchObject([
      { Status: 'CANCELLED', ApproximateNumberOfMessagesMoved: 1 },
    ]);
  });
});
