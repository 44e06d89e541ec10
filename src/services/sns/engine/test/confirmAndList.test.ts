import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  expectRefusal,
  lastToken,
  queueArn,
  snsWorld,
  subscribeTo,
  subscriptionAttributes,
  topicArn,
} from './snsWorld';

describe('SubscriptionArn checks (reference 2.2)', () => {
  const arns: [string, unknown, string][] = [
    [
      'missing',
      undefined,
      'Invalid parameter: SubscriptionArn Reason: no value for required parameter',
    ],
    [
      'one element',
      'randomstring',
      'Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1',
    ],
    [
      '"pending confirmation"',
      'pending confirmation',
      'Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1',
    ],
    [
      'five elements',
      'arn:aws:sns:us-east-1:random',
      'Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 5',
    ],
    [
      'a topic ARN',
      'arn:aws:sns:us-east-1:111111111111:random',
      'Invalid parameter: SubscriptionId',
    ],
  ];
  it.each(arns)('Unsubscribe refuses %s', async (_, SubscriptionArn, message) => {
    await expectRefusal(
      snsWorld().engine.call('sns', 'Unsubscribe', { SubscriptionArn }),
      'InvalidParameter',
      message,
    );
  });

  it('Unsubscribe of a well-formed ARN that names nothing succeeds; Get/Set answer NotFound', async () => {
    const w = snsWorld();
    await w.topic('t');
    const arn = await w.subscribeQueue(topicArn('t'), 'q');
    expect(await w.engine.call('sns', 'Unsubscribe', { SubscriptionArn: arn })).toEqual({});
    expect(await w.engine.call('sns', 'Unsubscribe', { SubscriptionArn: arn })).toEqual({});
    await expectRefusal(
      w.engine.call('sns', 'GetSubscriptionAttributes', { SubscriptionArn: arn }),
      'NotFound',
      'Subscription does not exist',
      404,
    );
    await expectRefusal(
      w.engine.call('sns', 'SetSubscriptionAttributes', {
        SubscriptionArn: arn,
        AttributeName: 'RawMessageDelivery',
        AttributeValue: 'true',
      }),
      'NotFound',
      'Subscription does not exist',
      404,
    );
  });
});

describe('ConfirmSubscription (reference 2.2)', () => {
  it('confirms with the token the endpoint received, once or twice', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    const { SubscriptionArn } = await subscribeTo(w, {
      Protocol: 'https',
      Endpoint: 'https://example.com',
      ReturnSubscriptionArn: true,
    });
    const token = lastToken(w);
    expect(token).toMatch(/^[0-9a-f]{256}$/);
    for (let i = 0; i < 2; i++)
      expect(
        await w.engine.call('sns', 'ConfirmSubscription', { TopicArn: topic, Token: token }),
      ).toEqual({ SubscriptionArn });
    expect(await subscriptionAttributes(w, SubscriptionArn)).toMatchObject({
      PendingConfirmation: 'false',
      ConfirmationWasAuthenticated: 'true',
    });
    expect(w.of('sns/subscription-confirmed')).toHaveLength(1);
  });

  const refused: [string, (topic: string, token: string) => Record<string, unknown>, string][] = [
    ['a broken topic ARN', (_, Token) => ({ TopicArn: 'nope', Token }), 'Invalid parameter: Topic'],
    [
      'a topic of another region',
      (t, Token) => ({ TopicArn: t.replace('us-east-1', 'eu-west-1'), Token }),
      'Invalid parameter: Topic',
    ],
    [
      'a token that is not hex',
      (TopicArn) => ({ TopicArn, Token: 'randomtoken' }),
      'Invalid token',
    ],
    [
      'a token SNS never sent',
      (TopicArn) => ({ TopicArn, Token: 'ab'.repeat(64) }),
      'Invalid parameter: Token',
    ],
    [
      'a topic that is not there',
      (_, Token) => ({ TopicArn: topicArn('other'), Token }),
      'Invalid parameter: Token',
    ],
  ];
  it.each(refused)('refuses %s', async (_, input, message) => {
    const w = snsWorld();
    const topic = await w.topic('t');
    await subscribeTo(w, { Protocol: 'email', Endpoint: 'ops@example.com' });
    await expectRefusal(
      w.engine.call('sns', 'ConfirmSubscription', input(topic, lastToken(w))),
      'InvalidParameter',
      message,
    );
  });

  it('refuses a token older than 2 days', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    await subscribeTo(w, { Protocol: 'email', Endpoint: 'ops@example.com' });
    w.run(2 * 24 * 3600 * 1000 + 1);
    await expectRefusal(
      w.engine.call('sns', 'ConfirmSubscription', { TopicArn: topic, Token: lastToken(w) }),
      'InvalidParameter',
      'Invalid parameter: Token',
    );
  });
});

describe('listing subscriptions', () => {
  it('shows a pending one as "PendingConfirmation" and counts them on the topic', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    const confirmed = await w.subscribeQueue(topic, 'q');
    await subscribeTo(w, { Protocol: 'email', Endpoint: 'ops@example.com' });
    const { Subscriptions } = await w.engine.call<{ Subscriptions: Record<string, string>[] }>(
      'sns',
      'ListSubscriptionsByTopic',
      { TopicArn: topic },
    );
    expect(Subscriptions).toEqual([
      {
        SubscriptionArn: confirmed,
        Owner: ACCOUNT,
        Protocol: 'sqs',
        Endpoint: queueArn('q'),
        TopicArn: topic,
      },
      {
        SubscriptionArn: 'PendingConfirmation',
        Owner: ACCOUNT,
        Protocol: 'email',
        Endpoint: 'ops@example.com',
        TopicArn: topic,
      },
    ]);
    await w.engine.call('sns', 'Unsubscribe', { SubscriptionArn: confirmed });
    const { Attributes } = await w.engine.call<{ Attributes: Record<string, string> }>(
      'sns',
      'GetTopicAttributes',
      { TopicArn: topic },
    );
    expect(Attributes).toMatchObject({
      SubscriptionsConfirmed: '0',
      SubscriptionsPending: '1',
      SubscriptionsDeleted: '1',
    });
  });

  it("pages a topic's subscriptions 100 at a time", async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    for (let i = 0; i < 101; i++)
      await subscribeTo(w, { Protocol: 'sms', Endpoint: `+1231231${String(i).padStart(3, '0')}` });
    const first = await w.engine.call<{ Subscriptions: unknown[]; NextToken?: string }>(
      'sns',
      'ListSubscriptionsByTopic',
      { TopicArn: topic },
    );
    expect(first.Subscriptions).toHaveLength(100);
    const second = await w.engine.call<{
      Subscriptions: { Endpoint: string }[];
      NextToken?: string;
    }>('sns', 'ListSubscriptionsByTopic', { TopicArn: topic, NextToken: first.NextToken });
    expect(second.NextToken).toBeUndefined();
    expect(second.Subscriptions.map((s) => s.Endpoint)).toEqual(['+1231231100']);
  });
});
