import { describe, expect, it } from 'vitest';
import { awsManagedRetryDelayMs } from '../delivery/retryPolicies';
import { queueArn, snsWorld, type SnsWorld } from './snsWorld';

const gauges = (w: SnsWorld, topic = 't') => w.engine.gauges().sns[topic];

async function topicWith(
  queueOptions: Parameters<SnsWorld['queue']>[1] | 'none',
  attributes?: Record<string, string>,
) {
  const w = snsWorld();
  const topic = await w.topic('t');
  if (queueOptions !== 'none') await w.queue('q', queueOptions);
  const subscription = await w.subscribeQueue(topic, 'q', attributes);
  return { w, topic, subscription };
}

const redrive = (w: SnsWorld, SubscriptionArn: string, dlq: string) =>
  w.engine.call('sns', 'SetSubscriptionAttributes', {
    SubscriptionArn,
    AttributeName: 'RedrivePolicy',
    AttributeValue: JSON.stringify({ deadLetterTargetArn: queueArn(dlq) }),
  });

describe('failed delivery to SQS, not retried (reference 2.4.4)', () => {
  it('is refused by a queue whose policy does not let the topic send; lost without a DLQ (L31)', async () => {
    const { w, topic } = await topicWith({});
    await w.publish(topic, 'nobody hears this');
    w.run(100);
    expect(w.of('sns/delivery-failed')).toMatchObject([
      { error: 'AccessDenied', attempt: 1, protocol: 'sqs' },
    ]);
    expect(w.of('sns/delivery-failed')[0]).not.toHaveProperty('retryAt');
    expect(w.of('sns/message-lost')).toMatchObject([{ error: 'AccessDenied' }]);
    expect(w.of('sqs/sent')).toEqual([]);
    expect(gauges(w)).toMatchObject({
      NumberOfNotificationsFailed: 1,
      NumberOfNotificationsDelivered: 0,
    });
    w.run(60_000);
    expect(w.of('sns/delivery-failed')).toHaveLength(1);
  });

  it('fails for a queue that is gone; the subscription stays', async () => {
    const { w, topic, subscription } = await topicWith('none');
    await w.publish(topic, 'into the void');
    w.run(100);
    expect(w.of('sns/delivery-failed')).toMatchObject([{ error: 'QueueDoesNotExist' }]);
    const { Attributes } = await w.engine.call<{ Attributes: Record<string, string> }>(
      'sns',
      'GetSubscriptionAttributes',
      { SubscriptionArn: subscription },
    );
    expect(Attributes.PendingConfirmation).toBe('false');
  });

  it('is refused by the AWS managed key of an SSE-KMS queue (L33)', async () => {
    const { w, topic } = await topicWith({
      allow: [`arn:aws:sns:us-east-1:123456789012:t`],
      attributes: { KmsMasterKeyId: 'alias/aws/sqs' },
    });
    await w.publish(topic, 'secret');
    w.run(100);
    expect(w.of('sns/delivery-failed')).toMatchObject([{ error: 'KmsAccessDenied' }]);
    expect(w.of('sns/message-lost')).toHaveLength(1);
  });

  it('fails raw delivery of more than 10 attributes; the envelope carries them', async () => {
    const MessageAttributes = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`a${i}`, { DataType: 'String', StringValue: 'v' }]),
    );
    for (const [raw, failed] of [
      ['true', 1],
      ['false', 0],
    ] as const) {
      const w = snsWorld();
      const topic = await w.topic('t');
      await w.queue('q', { allow: [topic] });
      await w.subscribeQueue(topic, 'q', { RawMessageDelivery: raw });
      await w.publish(topic, 'many attributes', { MessageAttributes });
      w.run(100);
      expect(w.of('sns/delivery-failed')).toHaveLength(failed);
      expect(w.of('sns/delivered')).toHaveLength(1 - failed);
    }
  });
});

describe('subscription dead-letter queue (reference 2.4.4)', () => {
  it.each([
    ['false', 'the JSON envelope'],
    ['true', 'the raw message and its attributes'],
  ])('RawMessageDelivery %s: the DLQ keeps %s', async (raw) => {
    const w = snsWorld();
    const topic = await w.topic('t');
    const dlq = await w.queue('dlq', { allow: [topic] });
    const subscription = await w.subscribeQueue(topic, 'gone', { RawMessageDelivery: raw });
    await redrive(w, subscription, 'dlq');
    const attrs = {
      attr1: { DataType: 'Number', StringValue: '111' },
      attr2: { DataType: 'Binary', BinaryValue: new Uint8Array([2, 3, 4]) },
    };
    const { MessageId } = await w.publish(topic, 'test_dlq_after_sqs_endpoint_deleted', {
      MessageAttributes: attrs,
    });
    w.run(100);
    expect(w.of('sns/moved-to-dlq')).toMatchObject([
      { deadLetterQueue: 'dlq', error: 'QueueDoesNotExist' },
    ]);
    expect(gauges(w)).toMatchObject({
      NumberOfNotificationsFailed: 1,
      NumberOfNotificationsRedrivenToDlq: 1,
    });
    const [kept] = await w.receive(dlq);
    if (raw === 'true') {
      expect(kept?.Body).toBe('test_dlq_after_sqs_endpoint_deleted');
      expect(kept?.MessageAttributes?.attr1).toEqual({ DataType: 'Number', StringValue: '111' });
    } else {
      expect(JSON.parse(kept?.Body as string)).toMatchObject({
        Type: 'Notification',
        MessageId,
        Message: 'test_dlq_after_sqs_endpoint_deleted',
        MessageAttributes: {
          attr1: { Type: 'Number', Value: '111' },
          attr2: { Type: 'Binary', Value: 'AgME' },
        },
      });
    }
  });

  it('keeps group and deduplication ids in a FIFO dead-letter queue', async () => {
    const w = snsWorld();
    const topic = await w.topic('t.fifo', { FifoTopic: 'true' });
    const dlq = await w.queue('dlq.fifo', { allow: [topic], attributes: { FifoQueue: 'true' } });
    const subscription = await w.subscribeQueue(topic, 'gone.fifo', { RawMessageDelivery: 'true' });
    await redrive(w, subscription, 'dlq.fifo');
    await w.publish(topic, 'test-message', {
      MessageGroupId: 'message-group-id-1',
      MessageDeduplicationId: 'message-deduplication-id-1',
    });
    w.run(100);
    expect((await w.receive(dlq))[0]?.Attributes).toMatchObject({
      MessageGroupId: 'message-group-id-1',
      MessageDeduplicationId: 'message-deduplication-id-1',
    });
  });

  it('loses the message when the DLQ refuses it too', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    await w.queue('dlq');
    const subscription = await w.subscribeQueue(topic, 'gone');
    await redrive(w, subscription, 'dlq');
    await w.publish(topic, 'twice refused');
    w.run(100);
    expect(w.of('sns/message-lost')).toMatchObject([
      { error: 'QueueDoesNotExist', deadLetterQueue: 'dlq', deadLetterError: 'AccessDenied' },
    ]);
    expect(gauges(w)).toMatchObject({
      NumberOfNotificationsFailedToRedriveToDlq: 1,
      NumberOfNotificationsRedrivenToDlq: 0,
    });
  });
});

describe('retries of server-side errors (reference 2.6, AWS-managed policy)', () => {
  it('retries a throttled delivery 3 times at once, then a second later, keeping the MessageId', async () => {
    const w = snsWorld();
    const topic = await w.topic('t.fifo', { FifoTopic: 'true', ContentBasedDeduplication: 'true' });
    const url = await w.queue('q.fifo', { allow: [topic], attributes: { FifoQueue: 'true' } });
    await w.subscribeQueue(topic, 'q.fifo');
    // SQS takes 300 SendMessage a second on a FIFO queue: the 301st is throttled.
    for (let b = 0; b < 30; b++)
      await w.engine.call('sns', 'PublishBatch', {
        TopicArn: topic,
        PublishBatchRequestEntries: Array.from({ length: 10 }, (_, i) => ({
          Id: `e${i}`,
          Message: `m${b * 10 + i}`,
          MessageGroupId: `g${i}`,
        })),
      });
    const last = await w.publish(topic, 'm300', { MessageGroupId: 'g0' });
    w.run(500);
    const failed = w.of('sns/delivery-failed');
    expect(failed.map((e) => [e.attempt, e.error, (e.retryAt ?? 0) - e.at])).toEqual([
      [1, 'ThrottlingException', 0],
      [2, 'ThrottlingException', 0],
      [3, 'ThrottlingException', 0],
      [4, 'ThrottlingException', 1000],
    ]);
    expect(failed.every((e) => e.messageId === last.MessageId)).toBe(true);
    w.run(1000);
    expect(w.of('sns/delivered').at(-1)).toMatchObject({ messageId: last.MessageId, attempt: 5 });
    expect(gauges(w, 't.fifo')).toMatchObject({
      NumberOfNotificationsDelivered: 301,
      NumberOfNotificationsFailed: 0,
    });
    expect(url).toContain('q.fifo');
  });

  const schedule: [number, number | undefined][] = [
    [1, 0],
    [3, 0],
    [4, 1000],
    [5, 1000],
    [6, 1000],
    [10, 3786],
    [15, 20_000],
    [16, 20_000],
    [100_015, 20_000],
    [100_016, undefined],
  ];
  it.each(schedule)(
    'after failed try %i waits %s ms (3 at once, 2 at 1 s, 10 from 1 s to 20 s, 100,000 at 20 s)',
    (attempt, delay) => {
      expect(awsManagedRetryDelayMs(attempt)).toBe(delay);
    },
  );
});
