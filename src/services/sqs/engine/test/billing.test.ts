import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/index';
import { createQueue, newEngine, receive, send } from '../../../../engine/testing/sqs';

const billed = (engine: Engine, queue: string) => engine.gauges().sqs[queue]?.BilledRequests;

/** [D] Every request is billed, and each 64 KB chunk of its payload counts as one request. */
describe('BilledRequests', () => {
  it('counts a request per started 64 KiB of payload: 65,536 bytes is 1, 65,537 is 2', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'reports');
    await send(engine, url, 'x'.repeat(65_536));
    expect(billed(engine, 'reports')).toBe(1);
    await send(engine, url, 'x'.repeat(65_537));
    expect(billed(engine, 'reports')).toBe(3);
    await send(engine, url, 'x'.repeat(256 * 1024));
    expect(billed(engine, 'reports')).toBe(7);
  });

  it('bills a batch of 10 small messages once, and 10 single sends 10 times', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'orders');
    const Entries = Array.from({ length: 10 }, (_, i) => ({ Id: `e${i}`, MessageBody: `o${i}` }));
    await engine.call('sqs', 'SendMessageBatch', { QueueUrl: url, Entries });
    expect(billed(engine, 'orders')).toBe(1);
    for (let i = 0; i < 10; i++) await send(engine, url, `single ${i}`);
    expect(billed(engine, 'orders')).toBe(11);
  });

  it('bills receives by what they return, empty ones too, and deletes and visibility changes', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'jobs');
    await send(engine, url, 'x'.repeat(70_000));
    await send(engine, url, 'small');
    const messages = await receive(engine, url, { MaxNumberOfMessages: 10 });
    expect(messages).toHaveLength(2);
    expect(billed(engine, 'jobs')).toBe(2 + 1 + 2);
    await receive(engine, url);
    expect(billed(engine, 'jobs')).toBe(6);
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: messages[0]?.ReceiptHandle,
      VisibilityTimeout: 60,
    });
    await engine.call('sqs', 'DeleteMessage', {
      QueueUrl: url,
      ReceiptHandle: messages[1]?.ReceiptHandle,
    });
    expect(billed(engine, 'jobs')).toBe(8);
  });
});
