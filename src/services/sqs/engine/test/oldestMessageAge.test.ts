import { describe, expect, it } from 'vitest';
import { createQueue, newEngine, receive, send } from '../../../../engine/testing/sqs';

/**
 * [D] CloudWatch ApproximateAgeOfOldestMessage: the age, in whole seconds, of the oldest message
 * still in the queue, the alarm learners put on a stuck consumer. Deleting the oldest makes the
 * next one the oldest; an empty queue reads 0.
 */
describe('ApproximateAgeOfOldestMessage', () => {
  it('counts whole seconds since the oldest message still in the queue was sent', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const age = () => engine.gauges().sqs.q?.ApproximateAgeOfOldestMessage;
    expect(age()).toBe(0);
    const start = engine.now();
    await send(engine, url, 'first');
    engine.advanceTo(start + 5_000);
    await send(engine, url, 'second');
    engine.advanceTo(start + 7_000);
    await send(engine, url, 'third');
    engine.advanceTo(start + 9_999);
    expect(age()).toBe(9);
    engine.advanceTo(start + 10_000);
    expect(age()).toBe(10);

    // The first message leaves: the second, sent at 5 s, is now the oldest (not the newest).
    const [first] = await receive(engine, url, { MaxNumberOfMessages: 1 });
    expect(first?.Body).toBe('first');
    await engine.call('sqs', 'DeleteMessage', {
      QueueUrl: url,
      ReceiptHandle: first?.ReceiptHandle,
    });
    expect(age()).toBe(5);

    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    expect(age()).toBe(0);
  });
});
