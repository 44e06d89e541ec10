import { describe, expect, it } from 'vitest';
import { autoscaling } from './autoscaling';
import { deadLetterQueue } from './deadLetterQueue';
import { decoupling } from './decoupling';
import { delayQueue } from './delayQueue';
import { fifoDeduplication } from './fifoDeduplication';
import { fifoGroups } from './fifoGroups';
import { fifoThroughput } from './fifoThroughput';
import { lambdaPartialBatch } from './lambdaPartialBatch';
import { messageSize } from './messageSize';
import { polling } from './polling';
import { priorityQueues } from './priorityQueues';
import { requestResponse } from './requestResponse';
import { retention } from './retention';
import { security } from './security';
import { standardDelivery } from './standardDelivery';
import { maxInFlight, run } from './testing';
import { visibilityTimeout } from './visibilityTimeout';

/** Each built-in shows its lesson within the time its narration says it happens. */
describe('what each built-in scenario shows', () => {
  it('decoupling: the queue absorbs a spike of 300 and both consumers drain it, 10 per receive (L01, L03, L07, L08)', async () => {
    const { of, events } = await run(decoupling, 119_000);
    expect(of('actor/send-failed')).toEqual([]);
    const sentBy61 = of('sqs/sent').filter((e) => e.t <= 61_000).length;
    const deletedBy61 = of('sqs/deleted').filter((e) => e.t <= 61_000).length;
    expect(sentBy61 - deletedBy61).toBeGreaterThan(250);
    const byConsumer = (id: string) => of('sqs/received').filter((e) => e.by === id).length;
    expect(byConsumer('order-service-1')).toBeGreaterThan(200);
    expect(byConsumer('order-service-2')).toBeGreaterThan(200);
    const perCall = new Map<string, number>();
    for (const e of of('sqs/received'))
      perCall.set(`${e.by}@${e.at}`, (perCall.get(`${e.by}@${e.at}`) ?? 0) + 1);
    expect(Math.max(...perCall.values())).toBe(10);
    // Drained before the next sale at 120 s.
    expect(of('sqs/sent').length - of('sqs/deleted').length).toBeLessThan(30);
    expect(events.some((e) => e.type === 'sqs/visibility-expired')).toBe(false);
  });

  it('visibility timeout: 45 s of work on a 30 s timeout is received twice; the heartbeat lane once; the crash waits 10 min (L10–L13)', async () => {
    const { of } = await run(visibilityTimeout, 700_000);
    const received = of('sqs/received');
    const second = received.find((e) => e.queue === 'invoices' && e.receiveCount === 2);
    expect(second).toMatchObject({ by: 'worker-b', t: 31_000 });
    expect(
      of('actor/processing-succeeded').filter((e) => e.messageId === second?.messageId),
    ).toHaveLength(2);
    expect(received.filter((e) => e.queue === 'invoices-heartbeat')).toHaveLength(1);
    expect(
      of('sqs/visibility-changed').filter((e) => e.queue === 'invoices-heartbeat').length,
    ).toBeGreaterThan(0);
    expect(of('sqs/deleted').find((e) => e.queue === 'invoices-heartbeat')?.t).toBeLessThan(46_500);
    const slow = received.filter((e) => e.queue === 'invoices-slow');
    expect(slow.map((e) => [e.receiveCount, e.t])).toEqual([
      [1, 1_000],
      [2, 601_000],
    ]);
  });

  it('DLQ: the poison message moves to the DLQ after 3 receives by 33 s, and is redriven and processed (L14, L04)', async () => {
    const { of, engine, loaded } = await run(deadLetterQueue, 70_000);
    const moved = of('sqs/moved-to-dlq');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      queue: 'orders',
      deadLetterQueue: 'orders-dlq',
      maxReceiveCount: 3,
      receiveCount: 3,
    });
    expect(moved[0]!.t).toBeLessThanOrEqual(33_000);
    const redriven = of('sqs/redriven');
    expect(redriven).toHaveLength(1);
    expect(redriven[0]!.t).toBeLessThanOrEqual(65_500);
    expect(of('sqs/deleted').some((e) => e.messageId === redriven[0]!.newMessageId)).toBe(true);
    const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
      'sqs',
      'GetQueueAttributes',
      {
        QueueUrl: loaded.queueUrls['orders-dlq'],
        AttributeNames: ['MessageRetentionPeriod'],
      },
    );
    expect(Attributes.MessageRetentionPeriod).toBe('1209600');
  });

  it('delay queue: nothing is received before its queue delay (10 s) or message delay (30 s) (L17)', async () => {
    const { of } = await run(delayQueue, 60_000);
    const sentAt = new Map(of('sqs/sent').map((e) => [e.messageId, e]));
    const received = of('sqs/received');
    for (const e of received) {
      const sent = sentAt.get(e.messageId)!;
      const delay = e.queue === 'welcome-emails' ? 10_000 : 30_000;
      expect(sent.delaySeconds * 1000).toBe(delay);
      expect(e.t - sent.t).toBeGreaterThanOrEqual(delay);
    }
    expect(received.find((e) => e.queue === 'welcome-emails')?.t).toBe(15_000);
    expect(received.find((e) => e.queue === 'reminders')?.t).toBe(35_000);
    expect(of('sqs/delay-ended').length).toBeGreaterThan(0);
  });

  it('polling: far fewer empty receives, and no wait, with long polling (L15, L16, L24)', async () => {
    const { of } = await run(polling, 60_000);
    const empty = (by: string) => of('sqs/empty-receive').filter((e) => e.by === by).length;
    expect(empty('short-poller')).toBe(59);
    expect(empty('long-poller')).toBeLessThanOrEqual(1);
    expect(
      of('sqs/empty-receive').filter((e) => e.by === 'short-poller' && e.t <= 5_000).length,
    ).toBeGreaterThanOrEqual(5);
    const sentAt = new Map(of('sqs/sent').map((e) => [e.messageId, e.t]));
    const latency = (queue: string) =>
      of('sqs/received')
        .filter((e) => e.queue === queue)
        .map((e) => e.t - sentAt.get(e.messageId)!);
    expect(Math.max(...latency('readings-long'))).toBeLessThan(10);
    expect(Math.max(...latency('readings-short'))).toBeGreaterThan(10);
    // Third lane: short polls that skip servers come back empty beside waiting messages.
    const falseEmpty = of('sqs/empty-receive').filter(
      (e) => e.by === 'sampling-poller' && (e.missedVisible ?? 0) > 0,
    );
    expect(falseEmpty.length).toBeGreaterThan(2);
    expect(
      of('sqs/empty-receive').filter((e) => e.by === 'long-poller' && e.missedVisible),
    ).toEqual([]);
  });

  it('FIFO groups: 3 groups in flight at once on top, never 2 on the one-group queue, each group in order (L18, L20)', async () => {
    const { of, events } = await run(fifoGroups, 25_000);
    expect(maxInFlight(events, 'orders-by-customer.fifo')).toBe(3);
    expect(maxInFlight(events, 'orders-one-group.fifo')).toBe(1);
    const received = of('sqs/received');
    for (const queue of ['orders-by-customer.fifo', 'orders-one-group.fifo']) {
      const byGroup = new Map<string, number[]>();
      for (const e of received.filter((r) => r.queue === queue))
        byGroup.set(e.groupId!, [...(byGroup.get(e.groupId!) ?? []), e.n]);
      for (const ns of byGroup.values()) expect(ns).toEqual([...ns].sort((a, b) => a - b));
    }
    const done = (queue: string) => of('sqs/deleted').filter((e) => e.queue === queue).length;
    expect(done('orders-by-customer.fifo')).toBe(30);
    expect(done('orders-one-group.fifo')).toBeGreaterThanOrEqual(10);
    expect(done('orders-one-group.fifo')).toBeLessThanOrEqual(13);
  });

  it('FIFO deduplication: copies within 5 minutes are dropped, by content and by explicit id (L18)', async () => {
    const { of } = await run(fifoDeduplication, 400_000);
    const dropped = of('sqs/duplicate-dropped');
    expect(dropped.filter((e) => e.queue === 'charges.fifo').map((e) => e.t)).toEqual([
      120_000, 180_000, 240_000, 300_000,
    ]);
    expect(dropped.filter((e) => e.queue === 'refunds.fifo')).toMatchObject([
      { dedupId: 'refund-7' },
    ]);
    expect(
      of('sqs/sent')
        .filter((e) => e.queue === 'charges.fifo')
        .map((e) => e.t),
    ).toEqual([60_000, 360_000]);
    expect(of('sqs/received').filter((e) => e.queue === 'refunds.fifo')).toHaveLength(1);
  });

  it('autoscaling: the group grows past 1 instance at the first evaluation and drains the backlog (L09, L08)', async () => {
    const { of } = await run(autoscaling, 181_000);
    const out = of('actor/scaled-out');
    expect(out[0]).toMatchObject({ from: 1, to: 8 });
    expect(out[0]!.t).toBeLessThanOrEqual(60_500);
    expect(of('actor/instance-launched').length).toBeGreaterThan(1);
    const receivers = new Set(
      of('sqs/received')
        .filter((e) => e.t > 95_000)
        .map((e) => e.by),
    );
    expect(receivers.size).toBe(8);
    const metrics = of('actor/metric-evaluated');
    expect(metrics.at(-1)).toMatchObject({ visible: 0 });
  });

  it('Lambda: with ReportBatchItemFailures only failed items come back; without, whole batches do (L07, L11)', async () => {
    const { of } = await run(lambdaPartialBatch, 23_000);
    const failed = new Set(
      of('actor/batch-item-failed')
        .filter((e) => e.actor === 'resize-partial')
        .map((e) => e.messageId as string),
    );
    const again = (queue: string) =>
      of('sqs/received').filter((e) => e.queue === queue && e.receiveCount >= 2);
    const partial = again('thumbnails-partial');
    expect(partial.length).toBeGreaterThan(0);
    for (const e of partial) expect(failed.has(e.messageId)).toBe(true);
    expect(
      Math.max(...of('sqs/received').map((e) => (e.queue === 'thumbnails-partial' ? 0 : 1))),
    ).toBe(1);
    expect(again('thumbnails-whole').length).toBeGreaterThan(partial.length * 3);
    const firstBatch = of('actor/invoked').find((e) => e.actor === 'resize-partial');
    expect(firstBatch).toMatchObject({ batchSize: 10, outcome: 'partial' });
  });

  it('standard queue: a duplicate and a reordering within 20 s (L06)', async () => {
    const { of } = await run(standardDelivery, 20_000);
    expect(of('sqs/duplicate-delivered').length).toBeGreaterThan(0);
    expect(of('sqs/reordered').length).toBeGreaterThan(0);
  });

  it('FIFO throughput: single sends are throttled above 300 per second, batches are not (L19)', async () => {
    const { of } = await run(fifoThroughput, 6_000);
    const throttled = of('sqs/throttled');
    expect(throttled.filter((e) => e.queue === 'trades-single.fifo' && e.t < 1_000)).toHaveLength(
      99,
    );
    expect(throttled.every((e) => e.queue === 'trades-single.fifo' && e.limit === 300)).toBe(true);
    expect(of('sqs/sent').filter((e) => e.queue === 'trades-batch.fifo')).toHaveLength(2_000);
  });

  it('request–response: each reply carries the request CorrelationId and is received by the requester (L21)', async () => {
    const { of, engine } = await run(requestResponse, 18_000);
    const replies = of('sqs/received').filter((e) => e.queue === 'web-api-replies');
    expect(replies.map((e) => e.by)).toEqual([
      'web-api-listener',
      'web-api-listener',
      'web-api-listener',
    ]);
    const served = of('sqs/deleted').filter((e) => e.queue === 'quote-requests');
    served.forEach((request, i) => expect(request.t).toBeLessThanOrEqual(replies[i]!.t));
    const answers = of('sqs/sent').filter((e) => e.queue === 'web-api-replies');
    expect(answers.map((e) => e.by)).toEqual([
      'pricing-service',
      'pricing-service',
      'pricing-service',
    ]);
    const { Messages } = await engine.call<{
      Messages: { MessageAttributes: Record<string, { StringValue: string }> }[];
    }>('playground', 'PeekMessages', { QueueUrl: 'quote-requests' });
    expect(Messages).toEqual([]);
  });

  it('priority: premium orders wait far less than standard ones (L22)', async () => {
    const { of } = await run(priorityQueues, 60_000);
    const meanWait = (queue: string) => {
      const sentAt = new Map(of('sqs/sent').map((e) => [e.messageId, e.t]));
      const waits = of('sqs/received')
        .filter((e) => e.queue === queue)
        .map((e) => e.t - sentAt.get(e.messageId)!);
      return waits.reduce((a, b) => a + b, 0) / waits.length;
    };
    expect(meanWait('orders-high')).toBeLessThan(1_000);
    expect(meanWait('orders-low')).toBeGreaterThan(5 * meanWait('orders-high'));
    const backlog =
      of('sqs/sent').filter((e) => e.queue === 'orders-low').length -
      of('sqs/received').filter((e) => e.queue === 'orders-low').length;
    expect(backlog).toBeGreaterThan(50);
    expect(backlog).toBeLessThan(90);
  });

  it('retention: with 60 s retention, 15 orders expire while the consumer is down (L04)', async () => {
    const { of } = await run(retention, 120_000);
    const expired = of('sqs/expired');
    expect(expired.filter((e) => e.t <= 90_000)).toHaveLength(15);
    expect(expired[0]).toMatchObject({ t: 62_000, retentionSeconds: 60 });
    expect(of('sqs/received').every((e) => e.t >= 90_000)).toBe(true);
  });

  it('message size: the oversized body is refused, the S3 pointer goes through (L05)', async () => {
    const { of } = await run(messageSize, 13_000);
    const failed = of('actor/send-failed');
    expect(failed).toHaveLength(3);
    expect(failed.every((e) => e.actor === 'scanner' && e.error === 'InvalidParameterValue')).toBe(
      true,
    );
    expect(of('sqs/sent').every((e) => e.by === 'scanner-extended' && e.size < 1_024)).toBe(true);
    expect(of('sqs/deleted')).toHaveLength(3);
  });

  it('security: the partner is refused by the AWS managed key and let in by a customer managed key; SNS by source ARN; plain HTTP denied (L23)', async () => {
    const { of, engine } = await run(security, 21_000);
    const failed = (actor: string) => of('actor/send-failed').filter((e) => e.actor === actor);
    const sent = (by: string) => of('sqs/sent').filter((e) => e.by === by);
    // The queue policy lets the partner in from 2 s; its sends every 4 s meet alias/aws/sqs
    // (the refusal reaches it 10 ms later).
    expect(failed('partner').map((e) => [e.t, e.error])).toEqual([
      [4_010, 'KmsAccessDenied'],
      [8_010, 'KmsAccessDenied'],
      [12_010, 'KmsAccessDenied'],
      [16_010, 'KmsAccessDenied'],
    ]);
    expect(String(failed('partner')[0]!.message)).toMatch(/kms:GenerateDataKey/);
    // From 18 s payments uses the customer managed key: the send at 20 s goes through.
    expect(sent('partner').map((e) => e.t)).toEqual([20_000]);
    expect(failed('legacy-client').map((e) => e.error)).toEqual(['AccessDenied', 'AccessDenied']);
    expect(sent('order-events').length).toBeGreaterThan(0);
    expect(failed('order-events')).toEqual([]);
    expect(failed('checkout')).toEqual([]);
    const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl: 'notifications', AttributeNames: ['SqsManagedSseEnabled', 'KmsMasterKeyId'] },
    );
    expect(Attributes).toEqual({ SqsManagedSseEnabled: 'true' });
  });
});
