import { describe, expect, it } from 'vitest';
import {
  createQueue,
  expectError,
  newEngine,
  withDeadLetterQueue,
} from '../../../../engine/testing/sqs';

describe('GetQueueUrl', () => {
  it('finds a queue by name, in this account or when QueueOwnerAWSAccountId names this account', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'orders');
    expect(await engine.call('sqs', 'GetQueueUrl', { QueueName: 'orders' })).toEqual({
      QueueUrl: url,
    });
    expect(
      await engine.call('sqs', 'GetQueueUrl', {
        QueueName: 'orders',
        QueueOwnerAWSAccountId: '123456789012',
      }),
    ).toEqual({ QueueUrl: url });
    await expectError(
      engine.call('sqs', 'GetQueueUrl', {
        QueueName: 'orders',
        QueueOwnerAWSAccountId: '210987654321',
      }),
      'QueueDoesNotExist',
      'The specified queue does not exist.',
    );
    await expectError(
      engine.call('sqs', 'GetQueueUrl', { QueueName: 'orders', QueueOwnerAWSAccountId: 1 }),
      'InvalidParameterValue',
      'Value 1 for parameter QueueOwnerAWSAccountId is invalid. Reason: Must be a string.',
    );
  });
});

describe('ListQueues', () => {
  it('filters by prefix and pages in name order with MaxResults and NextToken ([D])', async () => {
    const engine = newEngine();
    for (const name of ['a2', 'b1', 'a3', 'a1']) await createQueue(engine, name);
    const names = (urls: string[]) => urls.map((u) => u.split('/').pop());
    const first = await engine.call<{ QueueUrls: string[]; NextToken?: string }>(
      'sqs',
      'ListQueues',
      { QueueNamePrefix: 'a', MaxResults: 2 },
    );
    expect(names(first.QueueUrls)).toEqual(['a1', 'a2']);
    expect(first.NextToken).toEqual(expect.any(String));
    const second = await engine.call<{ QueueUrls: string[] }>('sqs', 'ListQueues', {
      QueueNamePrefix: 'a',
      MaxResults: 2,
      NextToken: first.NextToken,
    });
    // The last page, and a listing without MaxResults, carry no NextToken member at all.
    expect(Object.keys(second)).toEqual(['QueueUrls']);
    expect(names(second.QueueUrls)).toEqual(['a3']);
    const all = await engine.call<{ QueueUrls: string[] }>('sqs', 'ListQueues', {});
    expect(Object.keys(all)).toEqual(['QueueUrls']);
    expect(names(all.QueueUrls)).toEqual(['a1', 'a2', 'a3', 'b1']);
  });
});

describe('ListDeadLetterSourceQueues', () => {
  it('lists the queues that redrive to this one, in name order, a page at a time ([V] queueUrls)', async () => {
    const engine = newEngine();
    const { dlq, dlqArn, source } = await withDeadLetterQueue(engine, 3);
    const redrive = JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 3 });
    const another = await createQueue(engine, 'another', { RedrivePolicy: redrive });
    await createQueue(engine, 'unrelated');
    const first = await engine.call<{ queueUrls: string[]; NextToken?: string }>(
      'sqs',
      'ListDeadLetterSourceQueues',
      { QueueUrl: dlq, MaxResults: 1 },
    );
    expect(first).toEqual({ queueUrls: [another], NextToken: expect.any(String) });
    const second = await engine.call('sqs', 'ListDeadLetterSourceQueues', {
      QueueUrl: dlq,
      MaxResults: 1,
      NextToken: first.NextToken,
    });
    expect(Object.keys(second as object)).toEqual(['queueUrls']);
    expect(second).toEqual({ queueUrls: [source] });
    const all = await engine.call('sqs', 'ListDeadLetterSourceQueues', { QueueUrl: dlq });
    expect(Object.keys(all as object)).toEqual(['queueUrls']);
    expect(all).toEqual({ queueUrls: [another, source] });
  });
});
