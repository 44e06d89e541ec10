import { describe, expect, it } from 'vitest';
import { createQueue, expectError, newEngine, send } from '../../../../engine/testing/sqs';

describe('CreateQueue', () => {
  it('returns the URL and the documented defaults ([V] GetQueueAttributes All)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'orders');
    expect(url).toBe('https://sqs.us-east-1.amazonaws.com/123456789012/orders');
    const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
      'sqs',
      'GetQueueAttributes',
      {
        QueueUrl: url,
        AttributeNames: ['All'],
      },
    );
    expect(Object.keys(Attributes).sort()).toEqual([
      'ApproximateNumberOfMessages',
      'ApproximateNumberOfMessagesDelayed',
      'ApproximateNumberOfMessagesNotVisible',
      'CreatedTimestamp',
      'DelaySeconds',
      'LastModifiedTimestamp',
      'MaximumMessageSize',
      'MessageRetentionPeriod',
      'QueueArn',
      'ReceiveMessageWaitTimeSeconds',
      'SqsManagedSseEnabled',
      'VisibilityTimeout',
    ]);
    expect(Attributes).toMatchObject({
      VisibilityTimeout: '30',
      MessageRetentionPeriod: '345600',
      MaximumMessageSize: '1048576',
      DelaySeconds: '0',
      SqsManagedSseEnabled: 'true',
      QueueArn: 'arn:aws:sqs:us-east-1:123456789012:orders',
      CreatedTimestamp: String(Math.floor(engine.now() / 1000)),
    });
  });

  it('gives a FIFO queue its four extra attributes', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'jobs.fifo', { FifoQueue: 'true' });
    const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
      'sqs',
      'GetQueueAttributes',
      {
        QueueUrl: url,
        AttributeNames: ['All'],
      },
    );
    expect(Attributes).toMatchObject({
      FifoQueue: 'true',
      ContentBasedDeduplication: 'false',
      DeduplicationScope: 'queue',
      FifoThroughputLimit: 'perQueue',
    });
  });

  it('rejects bad names with the AWS texts', async () => {
    const engine = newEngine();
    await expectError(
      engine.call('sqs', 'CreateQueue', { QueueName: 'has space' }),
      'InvalidParameterValue',
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
    await expectError(
      engine.call('sqs', 'CreateQueue', { QueueName: 'x'.repeat(81) }),
      'InvalidParameterValue',
    );
    await expectError(
      engine.call('sqs', 'CreateQueue', { QueueName: 'std.fifo' }),
      'InvalidParameterValue',
    );
    await expectError(
      engine.call('sqs', 'CreateQueue', { QueueName: 'nofifo', Attributes: { FifoQueue: 'true' } }),
      'InvalidParameterValue',
      /must end with .fifo suffix/,
    );
    await expectError(
      engine.call('sqs', 'CreateQueue', {}),
      'MissingParameter',
      'The request must contain the parameter QueueName.',
    );
    expect(await engine.call('sqs', 'ListQueues', {})).toEqual({});
  });

  it('is idempotent for equal attributes and refuses a different value ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', {
      ReceiveMessageWaitTimeSeconds: '1',
      DelaySeconds: '1',
    });
    expect(await createQueue(engine, 'q', { DelaySeconds: '1' })).toBe(url);
    expect(await createQueue(engine, 'q')).toBe(url);
    await expectError(
      createQueue(engine, 'q', { DelaySeconds: '2' }),
      'QueueNameExists',
      'A queue already exists with the same name and a different value for attribute DelaySeconds',
    );
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: url,
      Attributes: { DelaySeconds: '2' },
    });
    expect(await createQueue(engine, 'q', { DelaySeconds: '2' })).toBe(url);
    await expectError(createQueue(engine, 'q', { DelaySeconds: '1' }), 'QueueNameExists');
  });

  it('refuses out-of-range and unknown attributes, creating nothing', async () => {
    const engine = newEngine();
    await expectError(
      createQueue(engine, 'q', { VisibilityTimeout: '43201' }),
      'InvalidAttributeValue',
      'Invalid value for the parameter VisibilityTimeout.',
    );
    await expectError(
      createQueue(engine, 'q', { MessageRetentionPeriod: '59' }),
      'InvalidAttributeValue',
    );
    await expectError(
      createQueue(engine, 'q', { Colour: 'blue' }),
      'InvalidAttributeName',
      'Unknown Attribute Colour.',
    );
    await expectError(
      createQueue(engine, 'q', { FifoQueue: 'false' }),
      'InvalidAttributeName',
      'Unknown Attribute FifoQueue.',
    );
    await expectError(
      createQueue(engine, 'q', { ContentBasedDeduplication: 'true' }),
      'InvalidAttributeName',
      'Unknown Attribute ContentBasedDeduplication.',
    );
    await expectError(
      createQueue(engine, 'q', { DeduplicationScope: 'queue' }),
      'InvalidAttributeName',
      'You can specify the DeduplicationScope only when FifoQueue is set to true.',
    );
    await expectError(
      createQueue(engine, 'q', { KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'true' }),
      'InvalidAttributeName',
      /one type of server-side encryption/,
    );
    expect(await engine.call('sqs', 'ListQueues', {})).toEqual({});
  });

  it('makes a deleted name wait 60 s ([D] QueueDeletedRecently)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await engine.call('sqs', 'DeleteQueue', { QueueUrl: url });
    await expectError(
      engine.call('sqs', 'GetQueueUrl', { QueueName: 'q' }),
      'QueueDoesNotExist',
      'The specified queue does not exist.',
    );
    await expectError(createQueue(engine, 'q'), 'QueueDeletedRecently');
    engine.advanceBy(60_000);
    expect(await createQueue(engine, 'q')).toBe(url);
  });

  it('deletes a queue whatever it holds and answers its waiting long polls empty ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'a', { DelaySeconds: 5 });
    await send(engine, url, 'b');
    const other = await createQueue(engine, 'other');
    const poll = engine.call('sqs', 'ReceiveMessage', { QueueUrl: other, WaitTimeSeconds: 20 });
    engine.advanceBy(2_500);
    engine.drain();
    await engine.call('sqs', 'DeleteQueue', { QueueUrl: other });
    expect(await poll).toEqual({});
    await engine.call('sqs', 'DeleteQueue', { QueueUrl: url });
    expect(
      engine
        .drain()
        .filter((e) => e.type === 'sqs/empty-receive' || e.type === 'sqs/queue-deleted'),
    ).toEqual([
      expect.objectContaining({ type: 'sqs/empty-receive', queue: 'other', waitedSeconds: 2.5 }),
      expect.objectContaining({ type: 'sqs/queue-deleted', queue: 'other', messagesDropped: 0 }),
      expect.objectContaining({ type: 'sqs/queue-deleted', queue: 'q', messagesDropped: 2 }),
    ]);
    // Past the poll's 20 s and the delay's 5 s: the deleted queues' timers do nothing.
    engine.advanceBy(30_000);
    expect(engine.drain()).toEqual([]);
  });

  it('tags a new queue with its lower-case tags member ([D])', async () => {
    const engine = newEngine();
    const url = await engine
      .call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
        QueueName: 'q',
        tags: { team: 'orders' },
      })
      .then((r) => r.QueueUrl);
    expect(await engine.call('sqs', 'ListQueueTags', { QueueUrl: url })).toEqual({
      Tags: { team: 'orders' },
    });
  });
});

describe('SetQueueAttributes', () => {
  it('switches SSE to KMS and back, as AWS reports it', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: url,
      Attributes: { KmsMasterKeyId: 'alias/aws/sqs' },
    });
    const get = async () =>
      (
        await engine.call<{ Attributes: Record<string, string> }>('sqs', 'GetQueueAttributes', {
          QueueUrl: url,
          AttributeNames: ['All'],
        })
      ).Attributes;
    expect(await get()).toMatchObject({
      KmsMasterKeyId: 'alias/aws/sqs',
      KmsDataKeyReusePeriodSeconds: '300',
      SqsManagedSseEnabled: 'false',
    });
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: url,
      Attributes: { KmsMasterKeyId: '' },
    });
    const after = await get();
    expect(after.KmsMasterKeyId).toBeUndefined();
    expect(after.KmsDataKeyReusePeriodSeconds).toBeUndefined();
  });

  it('refuses to change the queue type ([V])', async () => {
    const engine = newEngine();
    const fifo = await createQueue(engine, 'q.fifo', { FifoQueue: 'true' });
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: fifo,
      Attributes: { FifoQueue: 'true' },
    });
    await expectError(
      engine.call('sqs', 'SetQueueAttributes', {
        QueueUrl: fifo,
        Attributes: { FifoQueue: 'false' },
      }),
      'InvalidAttributeValue',
      'Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.',
    );
  });

  it('returns nothing for no AttributeNames and refuses unknown names', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    expect(await engine.call('sqs', 'GetQueueAttributes', { QueueUrl: url })).toEqual({});
    await expectError(
      engine.call('sqs', 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['Nope'] }),
      'InvalidAttributeName',
    );
  });
});
