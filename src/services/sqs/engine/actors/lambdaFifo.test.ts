import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

type Event = { messageId: string; n: number; unprocessed?: boolean };

/** 10 orders in one message group of a FIFO queue; the 4th always fails. */
async function fifoWithPoison(functionResponseTypes: string[]) {
  const w = world(1);
  const url = await w.queue('ledger.fifo', { FifoQueue: 'true', VisibilityTimeout: '30' });
  for (let i = 1; i <= 10; i++)
    await w.engine.call('sqs', 'SendMessage', {
      QueueUrl: url,
      MessageBody: i === 4 ? 'poison' : `entry ${i}`,
      MessageGroupId: 'account-7',
      MessageDeduplicationId: `e-${i}`,
    });
  await w.actor('fn', 'lambda-sqs', {
    EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:ledger.fifo',
    BatchSize: 10,
    FunctionResponseTypes: functionResponseTypes,
    PoisonBodyContains: 'poison',
  });
  w.run(5_000);
  const n = new Map(w.of('sqs/sent').map((e) => [(e as Event).messageId, (e as Event).n]));
  return { w, n };
}

describe('lambda-sqs on a FIFO queue', () => {
  it('stops at the first failure and reports the rest of the batch as failed, unprocessed', async () => {
    const { w, n } = await fifoWithPoison(['ReportBatchItemFailures']);
    const reported = w.of('actor/batch-item-failed').map((e) => e as unknown as Event);
    expect(reported.map((e) => n.get(e.messageId))).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(reported.map((e) => e.unprocessed)).toEqual([false, ...Array(6).fill(true)]);
    expect(w.of('sqs/deleted').map((e) => (e as Event).n)).toEqual([1, 2, 3]);
    expect(w.of('actor/invoked')[0]).toMatchObject({ outcome: 'partial', failedItems: 7 });
    // Records after the failure took no processing time: 4 records at the default 100 ms.
    expect(w.of('actor/invoked')[0]).toMatchObject({ durationMs: 400 });
  });

  it('without ReportBatchItemFailures, returns the whole batch', async () => {
    const { w } = await fifoWithPoison([]);
    expect(w.of('actor/invoked')[0]).toMatchObject({ outcome: 'failed' });
    expect(w.of('sqs/deleted')).toEqual([]);
  });
});
