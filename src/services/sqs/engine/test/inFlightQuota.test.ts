import { describe, expect, it } from 'vitest';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
} from '../../../../engine/testing/sqs';

describe('in-flight quota ([D] 120,000)', () => {
  it('stops handing out messages: a short poll gets OverLimit, a long poll waits', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'busy', { VisibilityTimeout: '600' });
    const batch = (i: number) =>
      Array.from({ length: 10 }, (_, j) => ({ Id: `e${j}`, MessageBody: `m${i * 10 + j}` }));
    for (let i = 0; i < 12_001; i++) {
      await engine.call('sqs', 'SendMessageBatch', { QueueUrl: url, Entries: batch(i) });
      if (i < 12_000) await receive(engine, url, { MaxNumberOfMessages: 10, WaitTimeSeconds: 0 });
    }
    expect(await counts(engine, url)).toEqual([10, 120_000, 0]);
    await expectError(
      engine.call('sqs', 'ReceiveMessage', { QueueUrl: url, WaitTimeSeconds: 0 }),
      'OverLimit',
    );
    const waiting = receive(engine, url, { WaitTimeSeconds: 20 });
    engine.advanceBy(20_000);
    expect(await waiting).toEqual([]);
    // Once the visibility timeouts run out there is room again.
    engine.advanceBy(600_000);
    expect(await receive(engine, url, { MaxNumberOfMessages: 10 })).toHaveLength(10);
  }, 30_000); // 24,000 calls: over 5 s on a busy machine
});
