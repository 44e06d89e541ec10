import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  expectRefusal,
  queueArn,
  snsWorld,
  subscribeTo,
  subscriptionAttributes,
  topicArn,
} from './snsWorld';

describe('Subscribe endpoints by protocol (reference 2.2)', () => {
  const accepted: [string, string, boolean][] = [
    ['sqs', queueArn('orders'), false],
    ['sqs', queueArn('not-created-yet'), false],
    ['sqs', 'arn:aws:sqs:us-east-1:111122223333:partner', true],
    ['lambda', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:handler`, false],
    ['firehose', `arn:aws:firehose:us-east-1:${ACCOUNT}:deliverystream/logs`, false],
    ['sms', '+15551234567', false],
    ['http', 'http://example.com/hook', true],
    ['https', 'https://example.com/hook', true],
    ['email', 'ops@example.com', true],
    ['email-json', 'ops@example.com', true],
    ['application', `arn:aws:sns:us-east-1:${ACCOUNT}:endpoint/GCM/app/1234`, false],
  ];
  it.each(accepted)('%s %s (pending: %s)', async (Protocol, Endpoint, pending) => {
    const w = snsWorld();
    await w.topic('t');
    const { SubscriptionArn } = await subscribeTo(w, { Protocol, Endpoint });
    if (pending) expect(SubscriptionArn).toBe('pending confirmation');
    else expect(SubscriptionArn).toMatch(new RegExp(`^${topicArn('t')}:[0-9a-f-]{36}$`));
    const [event] = w.of('sns/subscribed');
    expect(event).toMatchObject({
      protocol: Protocol,
      endpoint: Endpoint,
      pendingConfirmation: pending,
    });
    expect(w.of('sns/confirmation-requested')).toHaveLength(pending ? 1 : 0);
  });

  const refused: [string, string, string][] = [
    [
      'test-protocol',
      'x',
      'Invalid parameter: Amazon SNS does not support this protocol string: test-protocol',
    ],
    [
      'sqs',
      `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/orders`,
      'Invalid parameter: SQS endpoint ARN',
    ],
    ['sqs', 'arn:aws:sqs:us-east-1', 'Invalid parameter: SQS endpoint ARN'],
    [
      'sqs',
      queueArn('orders.fifo'),
      'Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
    ],
    ['sms', 'invalid-number', 'Invalid SMS endpoint: invalid-number'],
    [
      'http',
      'https://example.com',
      'Invalid parameter: Endpoint must match the specified protocol',
    ],
    ['email', 'not-an-address', 'Invalid parameter: Email address'],
    ['lambda', queueArn('q'), 'Invalid parameter: Lambda endpoint ARN'],
  ];
  it.each(refused)('refuses %s %s', async (Protocol, Endpoint, message) => {
    const w = snsWorld();
    await w.topic('t');
    await expectRefusal(subscribeTo(w, { Protocol, Endpoint }), 'InvalidParameter', message);
    expect(w.of('sns/subscribed')).toEqual([]);
  });

  it('refuses a topic that is not there (404)', async () => {
    await expectRefusal(
      subscribeTo(snsWorld(), { Protocol: 'sqs', Endpoint: queueArn('q') }),
      'NotFound',
      'Topic does not exist',
      404,
    );
  });

  it('answers with the real ARN when ReturnSubscriptionArn is true', async () => {
    const w = snsWorld();
    await w.topic('t');
    const { SubscriptionArn } = await subscribeTo(w, {
      Protocol: 'https',
      Endpoint: 'https://example.com',
      ReturnSubscriptionArn: true,
    });
    expect(SubscriptionArn.startsWith(`${topicArn('t')}:`)).toBe(true);
    expect(await subscriptionAttributes(w, SubscriptionArn)).toMatchObject({
      PendingConfirmation: 'true',
      ConfirmationWasAuthenticated: 'false',
    });
  });
});

describe('Subscribe idempotency (reference 2.2)', () => {
  const cases: [string, Record<string, string> | undefined, boolean][] = [
    ['the same attributes', { RawMessageDelivery: 'true' }, true],
    ['"True" for "true"', { RawMessageDelivery: 'True' }, true],
    [
      'a default given explicitly',
      { RawMessageDelivery: 'true', FilterPolicyScope: 'MessageAttributes' },
      true,
    ],
    ['no attributes', undefined, true],
    ['empty attributes', {}, true],
    ['a subset', { FilterPolicyScope: 'MessageAttributes' }, true],
    ['a differing value', { RawMessageDelivery: 'false', FilterPolicyScope: 'MessageBody' }, false],
  ];
  it.each(cases)('%s', async (_, Attributes, same) => {
    const w = snsWorld();
    await w.topic('t');
    const first = await w.subscribeQueue(topicArn('t'), 'q', { RawMessageDelivery: 'true' });
    const again = subscribeTo(w, {
      Protocol: 'sqs',
      Endpoint: queueArn('q'),
      ...(Attributes ? { Attributes } : {}),
    });
    if (same) expect((await again).SubscriptionArn).toBe(first);
    else
      await expectRefusal(
        again,
        'InvalidParameter',
        'Invalid parameter: Attributes Reason: Subscription already exists with different attributes',
      );
  });
});
