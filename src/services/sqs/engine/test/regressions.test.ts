import { describe, expect, it } from 'vitest';
import {
  bodies,
  createQueue,
  expectError,
  newEngine,
  queueArn,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/** Bugs found in review, each pinned by the call sequence that showed it. */
describe('regressions', () => {
  it('FIFO: a group emptied by retention and refilled is served once per message', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
      MessageRetentionPeriod: '60',
    });
    await send(engine, url, 'first', { MessageGroupId: 'g1' });
    engine.advanceBy(61_000);
    await send(engine, url, 'second', { MessageGroupId: 'g1' });
    const messages = await receive(engine, url, { MaxNumberOfMessages: 10 });
    expect(bodies(messages)).toEqual(['second']);
    await engine.call('sqs', 'DeleteMessage', {
      QueueUrl: url,
      ReceiptHandle: messages[0]?.ReceiptHandle,
    });
  });

  it('standard: extending an expired receipt never makes the message come out twice at once', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '1' });
    await send(engine, url, 'only one');
    const [m] = await receive(engine, url);
    engine.advanceBy(1_500);
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: m?.ReceiptHandle,
      VisibilityTimeout: 2,
    });
    engine.advanceBy(2_000);
    expect(await receive(engine, url, { MaxNumberOfMessages: 10 })).toHaveLength(1);
  });

  it('refuses a queue as its own dead-letter queue (no endless moves)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const policy = JSON.stringify({
      deadLetterTargetArn: await queueArn(engine, url),
      maxReceiveCount: 1,
    });
    await expectError(
      engine.call('sqs', 'SetQueueAttributes', {
        QueueUrl: url,
        Attributes: { RedrivePolicy: policy },
      }),
      'InvalidParameterValue',
      /cannot be its own dead-letter queue/,
    );
  });

  it('refuses dead-letter queues that redrive back into each other', async () => {
    const engine = newEngine();
    const a = await createQueue(engine, 'a');
    const b = await createQueue(engine, 'b');
    const policy = async (to: string) =>
      JSON.stringify({ deadLetterTargetArn: await queueArn(engine, to), maxReceiveCount: 1 });
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: a,
      Attributes: { RedrivePolicy: await policy(b) },
    });
    await expectError(
      engine.call('sqs', 'SetQueueAttributes', {
        QueueUrl: b,
        Attributes: { RedrivePolicy: await policy(a) },
      }),
      'InvalidParameterValue',
      /redrives back to this queue/,
    );
  });

  it('invalid calls do not use up FIFO throughput', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    await send(engine, url, 'x', { MessageGroupId: 'g' });
    const [m] = await receive(engine, url);
    for (let i = 0; i < 300; i++) {
      await expectError(
        engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: 'garbage' }),
        'ReceiptHandleIsInvalid',
      );
    }
    await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m?.ReceiptHandle });
  });

  it('keeps an attribute named __proto__ and digests it', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const sent = await engine.call<{ MD5OfMessageAttributes: string }>('sqs', 'SendMessage', {
      QueueUrl: url,
      MessageBody: 'x',
      MessageAttributes: JSON.parse(
        '{"__proto__":{"DataType":"String","StringValue":"v"}}',
      ) as object,
    });
    const [m] = await receive(engine, url, { MessageAttributeNames: ['All'] });
    expect(Object.keys(m?.MessageAttributes ?? {})).toEqual(['__proto__']);
    expect(m?.MD5OfMessageAttributes).toBe(sent.MD5OfMessageAttributes);
  });
});
