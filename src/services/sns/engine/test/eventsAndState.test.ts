import { describe, expect, it } from 'vitest';
import {
  createEngine,
  EPOCH_START,
  explain,
  trace,
  type EngineEvent,
} from '../../../../engine/index';
import { allowTopics, queueArn, snsWorld, topicArn } from './snsWorld';

/** A run that makes SNS tell most of what it can: fan-out, failures, DLQ, FIFO duplicates. */
async function story(seed: number) {
  const w = snsWorld(seed);
  const topic = await w.topic('orders');
  await w.queue('billing', { allow: [topic] });
  await w.queue('dlq', { allow: [topic] });
  await w.queue('audit'); // no policy: SNS may not send
  await w.subscribeQueue(topic, 'billing', { RawMessageDelivery: 'true' });
  const shipping = await w.subscribeQueue(topic, 'shipping');
  await w.engine.call('sns', 'SetSubscriptionAttributes', {
    SubscriptionArn: shipping,
    AttributeName: 'RedrivePolicy',
    AttributeValue: JSON.stringify({ deadLetterTargetArn: queueArn('dlq') }),
  });
  await w.subscribeQueue(topic, 'audit');
  await w.engine.call('sns', 'Subscribe', {
    TopicArn: topic,
    Protocol: 'email',
    Endpoint: 'ops@example.com',
  });
  await w.engine.call('sns', 'ConfirmSubscription', {
    TopicArn: topic,
    Token: w.of('sns/confirmation-requested')[0]?.token,
  });
  await w.engine.call('sns', 'SetTopicAttributes', {
    TopicArn: topic,
    AttributeName: 'DisplayName',
    AttributeValue: 'Orders',
  });
  for (let i = 0; i < 5; i++) await w.publish(topic, `order #${i}`);
  const fifo = await w.topic('f.fifo', { FifoTopic: 'true', ContentBasedDeduplication: 'true' });
  await w.publish(fifo, 'once', { MessageGroupId: 'g' });
  await w.publish(fifo, 'once', { MessageGroupId: 'g' });
  await w.engine.call('sns', 'Publish', { PhoneNumber: '+15551234567', Message: 'hi' });
  w.run(25);
  await w.engine.call('sns', 'DeleteTopic', { TopicArn: topic });
  w.run(1000);
  return w;
}

describe('events in words', () => {
  it('explains every SNS event in a plain sentence naming the notification and topic', async () => {
    const w = await story(1);
    const filtered: EngineEvent = {
      type: 'sns/filtered-out',
      at: EPOCH_START,
      topic: 'orders',
      messageId: 'x',
      n: 9,
      subscription: `${topicArn('orders')}:x`,
      protocol: 'sqs',
      endpoint: queueArn('q'),
      reason: 'no-attributes',
    };
    const events = [...w.events.filter((e) => e.type.startsWith('sns/')), filtered];
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'sns/topic-created',
      'sns/topic-deleted',
      'sns/topic-attributes-changed',
      'sns/subscribed',
      'sns/confirmation-requested',
      'sns/subscription-confirmed',
      'sns/subscription-attributes-changed',
      'sns/published',
      'sns/duplicate-dropped',
      'sns/delivered',
      'sns/delivery-failed',
      'sns/moved-to-dlq',
      'sns/message-lost',
      'sns/delivery-cancelled',
      'sns/sms-published',
      'sns/filtered-out',
    ])
      expect(types, type).toContain(type);
    for (const event of events) {
      const sentence = explain(event);
      expect(sentence, event.type).toMatch(/^\S.*[.)]$/s);
      expect(sentence, event.type).not.toMatch(/undefined|NaN|\[object/);
      if ('n' in event) expect(sentence, event.type).toContain(`n-${event.n}`);
    }
    expect(explain(filtered)).toBe(
      `n-9 not sent to sqs endpoint ${queueArn('q')}: it has no message attributes for the filter policy to match.`,
    );
  });

  it('says what was lost and why', async () => {
    const w = await story(1);
    const lost = w.events.filter((e) => e.type === 'sns/message-lost').map(explain);
    expect(lost.length).toBeGreaterThan(0);
    for (const sentence of lost)
      expect(sentence).toMatch(
        /^n-\d+ lost for sqs endpoint .*:audit: delivery failed \(AccessDenied\) and the subscription has no dead-letter queue — SNS does not keep messages\.$/,
      );
  });
});

describe('gauges (CloudWatch AWS/SNS, per topic)', () => {
  it('counts published, delivered, failed and redriven notifications and the bytes published', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    await w.queue('ok', { allow: [topic] });
    await w.queue('dlq', { allow: [topic] });
    await w.subscribeQueue(topic, 'ok');
    const gone = await w.subscribeQueue(topic, 'gone');
    await w.engine.call('sns', 'SetSubscriptionAttributes', {
      SubscriptionArn: gone,
      AttributeName: 'RedrivePolicy',
      AttributeValue: JSON.stringify({ deadLetterTargetArn: queueArn('dlq') }),
    });
    await w.publish(topic, 'abc', {
      MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } },
    });
    await w.publish(topic, 'de');
    w.run(100);
    expect(w.engine.gauges().sns).toEqual({
      t: {
        NumberOfMessagesPublished: 2,
        NumberOfNotificationsDelivered: 2,
        NumberOfNotificationsFailed: 2,
        NumberOfNotificationsFilteredOut: 0,
        'NumberOfNotificationsFilteredOut-MessageAttributes': 0,
        'NumberOfNotificationsFilteredOut-MessageBody': 0,
        'NumberOfNotificationsFilteredOut-NoMessageAttributes': 0,
        'NumberOfNotificationsFilteredOut-InvalidAttributes': 0,
        'NumberOfNotificationsFilteredOut-InvalidMessageBody': 0,
        NumberOfNotificationsRedrivenToDlq: 2,
        NumberOfNotificationsFailedToRedriveToDlq: 0,
        PublishSize: 3 + (1 + 6 + 1) + 2,
      },
    });
  });
});

describe('determinism and snapshots', () => {
  it('gives the same log for the same seed, bit for bit', async () => {
    const a = trace((await story(7)).events, EPOCH_START);
    const b = trace((await story(7)).events, EPOCH_START);
    expect(a).toBe(b);
    expect(trace((await story(8)).events, EPOCH_START)).not.toBe(a);
  });

  it('gives the same events however the clock is sliced', async () => {
    const run = async (slices: number) => {
      const engine = createEngine({ seed: 3 });
      const { TopicArn } = await engine.call<{ TopicArn: string }>('sns', 'CreateTopic', {
        Name: 't',
      });
      await engine.call('sqs', 'CreateQueue', {
        QueueName: 'q',
        Attributes: { Policy: allowTopics('q', [TopicArn]) },
      });
      await engine.call('sns', 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: queueArn('q') });
      for (let i = 0; i < 10; i++)
        await engine.call('sns', 'Publish', { TopicArn, Message: `m${i}` });
      for (let i = 0; i < slices; i++) engine.advanceBy(120 / slices);
      return engine.drain();
    };
    expect(await run(12)).toEqual(await run(1));
  });

  it('restores a snapshot taken between Publish and delivery, and goes on the same way', async () => {
    const w = snsWorld(5);
    const topic = await w.topic('t');
    const url = await w.queue('q', { allow: [topic] });
    await w.subscribeQueue(topic, 'q');
    await w.publish(topic, 'in flight');
    w.run(0);
    const snapshot = w.engine.snapshot();
    w.engine.advanceBy(100);
    const original = w.engine.drain();
    const copy = createEngine({ seed: 99 });
    copy.restore(snapshot);
    copy.advanceBy(100);
    const replayed = copy.drain();
    expect(replayed.map((e) => e.type)).toEqual(['sqs/sent', 'sns/delivered']);
    expect(replayed).toEqual(original);
    const { Messages } = await copy.call<{ Messages: { Body: string }[] }>(
      'sqs',
      'ReceiveMessage',
      { QueueUrl: url },
    );
    expect((JSON.parse(Messages[0]?.Body as string) as { Message: string }).Message).toBe(
      'in flight',
    );
  });
});
