import { describe, expect, it } from 'vitest';
import { EPOCH_START, trace, type Engine } from '../../../../engine/index';
import { createQueue, newEngine, queueArn, receive, send } from '../../../../engine/testing/sqs';

/**
 * Golden traces: short stories told through the door, kept as readable text. A change of
 * behaviour shows up as a reviewable diff of these files.
 */
async function story(run: (engine: Engine) => Promise<void>): Promise<string> {
  const engine = newEngine(42);
  await run(engine);
  return `${trace(engine.drain(), EPOCH_START)}\n`;
}

describe('golden traces', () => {
  it('visibility timeout shorter than the processing time (L11)', async () => {
    const text = await story(async (engine) => {
      const url = await createQueue(engine, 'orders', { VisibilityTimeout: '30' });
      await send(engine, url, 'order #1');
      const [first] = await receive(engine, url);
      engine.advanceBy(30_000);
      const [second] = await receive(engine, url);
      engine.advanceBy(15_000);
      await engine.call('sqs', 'DeleteMessage', {
        QueueUrl: url,
        ReceiptHandle: first?.ReceiptHandle,
      });
      await engine.call('sqs', 'DeleteMessage', {
        QueueUrl: url,
        ReceiptHandle: second?.ReceiptHandle,
      });
    });
    await expect(text).toMatchFileSnapshot('__golden__/visibility-too-short.txt');
  });

  it('ChangeMessageVisibility sets a new timeout from the call: it can shorten it (L12)', async () => {
    const text = await story(async (engine) => {
      const url = await createQueue(engine, 'orders', { VisibilityTimeout: '30' });
      await send(engine, url, 'order #1');
      const [message] = await receive(engine, url);
      engine.advanceBy(5_000);
      await engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: message?.ReceiptHandle,
        VisibilityTimeout: 10,
      });
      engine.advanceBy(10_000);
      await receive(engine, url);
    });
    await expect(text).toMatchFileSnapshot('__golden__/visibility-shortened.txt');
  });

  it('a poison message ends in the dead-letter queue and is redriven (L14)', async () => {
    const text = await story(async (engine) => {
      const dlq = await createQueue(engine, 'orders-dlq', { MessageRetentionPeriod: '1209600' });
      const url = await createQueue(engine, 'orders', {
        VisibilityTimeout: '10',
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: await queueArn(engine, dlq),
          maxReceiveCount: 3,
        }),
      });
      await send(engine, url, 'poison');
      for (let i = 0; i < 4; i++) {
        await receive(engine, url);
        engine.advanceBy(10_000);
      }
      await engine.call('sqs', 'StartMessageMoveTask', { SourceArn: await queueArn(engine, dlq) });
      engine.advanceBy(1_000);
    });
    await expect(text).toMatchFileSnapshot('__golden__/poison-to-dlq.txt');
  });

  it('FIFO groups, deduplication and long polling (L15, L18, L20)', async () => {
    const text = await story(async (engine) => {
      const url = await createQueue(engine, 'trades.fifo', {
        FifoQueue: 'true',
        ContentBasedDeduplication: 'true',
      });
      const poll = receive(engine, url, { WaitTimeSeconds: 20, MaxNumberOfMessages: 10 });
      engine.advanceBy(2_000);
      await send(engine, url, 'AAPL buy', { MessageGroupId: 'AAPL' });
      await send(engine, url, 'AAPL buy', { MessageGroupId: 'AAPL' });
      await send(engine, url, 'MSFT sell', { MessageGroupId: 'MSFT' });
      await poll;
      await receive(engine, url, { MaxNumberOfMessages: 10 });
    });
    await expect(text).toMatchFileSnapshot('__golden__/fifo-groups.txt');
  });

  it('a consumer slower than the visibility timeout, then a crash (actors, L11, L13)', async () => {
    const text = await story(async (engine) => {
      const url = await createQueue(engine, 'jobs', { VisibilityTimeout: '30' });
      await send(engine, url, 'resize image');
      await engine.call('playground', 'CreateActor', {
        ActorId: 'worker',
        Kind: 'consumer',
        Config: {
          QueueUrl: url,
          Concurrency: 2,
          ProcessingTime: { Distribution: 'fixed', Ms: 45_000 },
        },
      });
      engine.advanceBy(50_000);
      await engine.call('playground', 'CrashActor', { ActorId: 'worker' });
      engine.advanceBy(40_000);
    });
    await expect(text).toMatchFileSnapshot('__golden__/slow-consumer-crash.txt');
  });
});
