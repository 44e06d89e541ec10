import { describe, expect, it } from 'vitest';
import { dlqRules } from './dlqRules';
import { fifoPoisonGroup } from './fifoPoisonGroup';
import { lambdaFifo } from './lambdaFifo';
import { requestCost } from './requestCost';
import { run } from './testing';

/** The exam topics added after review: each narrated thing happens at its narrated time. */
describe('what the exam-topic scenarios show', () => {
  it('FIFO poison: its group waits while the other flows; the DLQ move at 32.5 s breaks the order; the redrive lands at the end (L20, L14, L18)', async () => {
    const { of } = await run(fifoPoisonGroup, 60_000);
    const received = of('sqs/received').filter((e) => e.queue === 'orders.fifo');
    const poison = received.find((e) => e.t === 2_500)!;
    expect(poison.groupId).toBe('customer-a');
    const firstA = (from: number) =>
      received.find(
        (e) => e.groupId === 'customer-a' && e.t > from && e.messageId !== poison.messageId,
      );
    // Nothing else of customer-a between 2.5 s and the move; customer-b every second meanwhile.
    expect(firstA(2_500)?.t).toBe(32_500);
    const b = received.filter((e) => e.groupId === 'customer-b' && e.t > 2_500 && e.t < 21_000);
    expect(b.length).toBeGreaterThanOrEqual(17);
    expect(of('sqs/moved-to-dlq')).toMatchObject([
      {
        messageId: poison.messageId,
        t: 32_500,
        deadLetterQueue: 'orders-dlq.fifo',
        receiveCount: 3,
      },
    ]);
    // The redriven copy is the newest of its group: after every other customer-a order.
    const [redriven] = of('sqs/redriven');
    expect(redriven).toMatchObject({ t: 50_000, destination: 'orders.fifo' });
    const sent = of('sqs/sent').filter((e) => e.groupId === 'customer-a');
    expect(sent.at(-1)?.messageId).toBe(redriven!.newMessageId);
    const deletedA = of('sqs/deleted').filter((e) => sent.some((s) => s.messageId === e.messageId));
    expect(deletedA.at(-1)?.messageId).toBe(redriven!.newMessageId);
    expect(deletedA).toHaveLength(21); // 20 orders and the redriven copy
  });

  it('Lambda FIFO: at 6.7 s m-27 fails and m-28..m-30 are reported unprocessed; the group resumes at 24 s in order (L20, L07)', async () => {
    const { of } = await run(lambdaFifo, 30_000);
    const reported = of('actor/batch-item-failed');
    expect(reported.map((e) => [e.t, (e as { unprocessed?: boolean }).unprocessed])).toEqual([
      [6_710, false],
      [6_710, true],
      [6_710, true],
      [6_710, true],
    ]);
    const n = new Map(of('sqs/sent').map((e) => [e.messageId, e.n]));
    expect(reported.map((e) => n.get(e.messageId as string))).toEqual([27, 28, 29, 30]);
    const deleted = of('sqs/deleted');
    expect(deleted.map((e) => e.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(deleted.find((e) => e.n === 27)?.t).toBeGreaterThanOrEqual(24_000);
    expect(
      of('sqs/received').filter((e) => e.t > 6_710 && e.t < 24_000 && e.groupId === 'account-42'),
    ).toEqual([]);
  });

  it('request cost: about 300 vs 30 billed requests at 10 s, about 920 vs 90 at 31 s, the 100 KB report costs 2 to send and 2 to receive (L07, L15)', async () => {
    const billedAt = async (ms: number) => {
      const { engine } = await run(requestCost, ms);
      const sqs = engine.gauges().sqs;
      return [sqs['orders-single']!.BilledRequests, sqs['orders-batch']!.BilledRequests];
    };
    const [single10, batch10] = await billedAt(10_500);
    expect(single10).toBeGreaterThanOrEqual(300);
    expect(single10).toBeLessThan(320);
    expect(batch10).toBe(30);
    const [single31, batch31] = await billedAt(31_000);
    expect(single31).toBeGreaterThan(900);
    expect(single31).toBeLessThan(940);
    expect(batch31).toBe(90);
    // The report: send 2 + receive 2 + its delete 1.
    expect((await billedAt(32_500))[1]).toBe(95);
    // Idle: the short poller pays every second, the long poller every 20 s.
    const [single45, batch45] = await billedAt(45_000);
    const [single65, batch65] = await billedAt(65_000);
    expect(single65! - single45!).toBe(20);
    expect(batch65! - batch45!).toBe(1);
  });

  it('DLQ rules: a FIFO source, an unlisted source and another Region are refused at 4, 8 and 12 s; the allowed source dead-letters at 17 s (L14)', async () => {
    const { of, engine } = await run(dlqRules, 20_000);
    const refused = of('actor/script-step-failed');
    expect(refused.map((e) => [e.t, e.error, e.expected])).toEqual([
      [4_010, 'InvalidParameterValue', true],
      [8_010, 'InvalidParameterValue', true],
      [12_010, 'InvalidParameterValue', true],
    ]);
    expect(String(refused[0]!.message)).toContain('same type of queue');
    expect(String(refused[1]!.message)).toContain('does not allow this queue');
    expect(String(refused[2]!.message)).toContain('does not exist');
    for (const QueueUrl of ['invoices.fifo', 'payments']) {
      const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
        'sqs',
        'GetQueueAttributes',
        { QueueUrl, AttributeNames: ['RedrivePolicy'] },
      );
      expect(Attributes.RedrivePolicy).toBeUndefined();
    }
    expect(of('sqs/moved-to-dlq')).toMatchObject([
      { t: 17_000, queue: 'orders', deadLetterQueue: 'orders-dlq', n: 2 },
    ]);
  });
});
