import { describe, expect, it } from 'vitest';
import { ACCOUNT, expectRefusal, queueArn, snsWorld, topicArn, type SnsWorld } from './snsWorld';

const subscribe = (w: SnsWorld, input: Record<string, unknown>) =>
  w.engine.call<{ SubscriptionArn: string }>('sns', 'Subscribe', {
    TopicArn: topicArn('t'),
    ...input,
  });
const subAttrs = async (w: SnsWorld, SubscriptionArn: string) =>
  (
    await w.engine.call<{ Attributes: Record<string, string> }>(
      'sns',
      'GetSubscriptionAttributes',
      { SubscriptionArn },
    )
  ).Attributes;
const tokenOf = (w: SnsWorld) => w.of('sns/confirmation-requested').at(-1)?.token as string;

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
    const { SubscriptionArn } = await subscribe(w, { Protocol, Endpoint });
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
    await expectRefusal(subscribe(w, { Protocol, Endpoint }), 'InvalidParameter', message);
    expect(w.of('sns/subscribed')).toEqual([]);
  });

  it('refuses a topic that is not there (404)', async () => {
    await expectRefusal(
      subscribe(snsWorld(), { Protocol: 'sqs', Endpoint: queueArn('q') }),
      'NotFound',
      'Topic does not exist',
      404,
    );
  });

  it('answers with the real ARN when ReturnSubscriptionArn is true', async () => {
    const w = snsWorld();
    await w.topic('t');
    const { SubscriptionArn } = await subscribe(w, {
      Protocol: 'https',
      Endpoint: 'https://example.com',
      ReturnSubscriptionArn: true,
    });
    expect(SubscriptionArn.startsWith(`${topicArn('t')}:`)).toBe(true);
    expect(await subAttrs(w, SubscriptionArn)).toMatchObject({
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
    const again = subscribe(w, {
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

describe('subscription attributes (reference 2.2)', () => {
  it('shows the defaults of an SQS subscription', async () => {
    const w = snsWorld();
    await w.topic('t');
    const arn = await w.subscribeQueue(topicArn('t'), 'q');
    expect(await subAttrs(w, arn)).toEqual({
      ConfirmationWasAuthenticated: 'true',
      Endpoint: queueArn('q'),
      Owner: ACCOUNT,
      PendingConfirmation: 'false',
      Protocol: 'sqs',
      RawMessageDelivery: 'false',
      SubscriptionArn: arn,
      SubscriptionPrincipal: `arn:aws:iam::${ACCOUNT}:user/playground`,
      TopicArn: topicArn('t'),
    });
  });

  it('shows FilterPolicyScope only while a FilterPolicy is set; "" removes the policy', async () => {
    const w = snsWorld();
    await w.topic('t');
    const arn = await w.subscribeQueue(topicArn('t'), 'q');
    const set = (AttributeName: string, AttributeValue: string) =>
      w.engine.call('sns', 'SetSubscriptionAttributes', {
        SubscriptionArn: arn,
        AttributeName,
        AttributeValue,
      });
    await set('FilterPolicyScope', 'MessageBody');
    expect(await subAttrs(w, arn)).not.toHaveProperty('FilterPolicyScope');
    await set('FilterPolicy', '{"kind":["car"]}');
    expect(await subAttrs(w, arn)).toMatchObject({
      FilterPolicy: '{"kind":["car"]}',
      FilterPolicyScope: 'MessageBody',
    });
    await set('FilterPolicy', '');
    const after = await subAttrs(w, arn);
    expect(after).not.toHaveProperty('FilterPolicy');
    expect(after).not.toHaveProperty('FilterPolicyScope');
  });

  const jackson = (c: string, code: number, column: number) =>
    `Unexpected character ('${c}' (code ${code})): was expecting double-quote to start field name\n at [Source: REDACTED (\`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION\` disabled); line: 1, column: ${column}]`;
  const refused: [string, string, string][] = [
    ['Colour', 'blue', 'Invalid parameter: AttributeName'],
    [
      'RawMessageDelivery',
      'test-ValUe',
      'Invalid parameter: RawMessageDelivery: Invalid value [test-ValUe]. Must be true or false.',
    ],
    [
      'RawMessageDelivery',
      '',
      'Invalid parameter: RawMessageDelivery: Invalid value []. Must be true or false.',
    ],
    [
      'FilterPolicyScope',
      'RandomValue',
      'Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes',
    ],
    [
      'FilterPolicy',
      '{invalidjson}',
      `Invalid parameter: FilterPolicy: failed to parse JSON. ${jackson('i', 105, 2)}`,
    ],
    [
      'RedrivePolicy',
      '{invalidjson}',
      `Invalid parameter: RedrivePolicy: failed to parse JSON. ${jackson('i', 105, 2)}`,
    ],
    [
      'RedrivePolicy',
      '{"deadLetterTargetArn":"dlq"}',
      'Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn',
    ],
  ];
  it.each(refused)(
    'SetSubscriptionAttributes refuses %s=%j',
    async (AttributeName, AttributeValue, message) => {
      const w = snsWorld();
      await w.topic('t');
      const arn = await w.subscribeQueue(topicArn('t'), 'q');
      const before = await subAttrs(w, arn);
      await expectRefusal(
        w.engine.call('sns', 'SetSubscriptionAttributes', {
          SubscriptionArn: arn,
          AttributeName,
          AttributeValue,
        }),
        'InvalidParameter',
        message,
      );
      expect(await subAttrs(w, arn)).toEqual(before);
    },
  );

  it('words Subscribe refusals "Attributes Reason: ..."', async () => {
    const w = snsWorld();
    await w.topic('t');
    await expectRefusal(
      subscribe(w, {
        Protocol: 'sqs',
        Endpoint: queueArn('q'),
        Attributes: { RawMessageDelivery: 'wrongvalue' },
      }),
      'InvalidParameter',
      'Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [wrongvalue]. Must be true or false.',
    );
    await expectRefusal(
      subscribe(w, {
        Protocol: 'sqs',
        Endpoint: queueArn('q'),
        Attributes: { FilterPolicy: 'invalid' },
      }),
      'InvalidParameter',
      "Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON. Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 8]",
    );
  });

  it('needs a FIFO dead-letter queue for a FIFO queue on a FIFO topic, not for a standard one', async () => {
    const w = snsWorld();
    const topic = await w.topic('t.fifo', { FifoTopic: 'true' });
    const fifoSub = await w.subscribeQueue(topic, 'q.fifo');
    const standardSub = await w.subscribeQueue(topic, 'q');
    const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: queueArn('dlq') });
    await expectRefusal(
      w.engine.call('sns', 'SetSubscriptionAttributes', {
        SubscriptionArn: fifoSub,
        AttributeName: 'RedrivePolicy',
        AttributeValue: RedrivePolicy,
      }),
      'InvalidParameter',
      'Invalid parameter: RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.',
    );
    await w.engine.call('sns', 'SetSubscriptionAttributes', {
      SubscriptionArn: standardSub,
      AttributeName: 'RedrivePolicy',
      AttributeValue: RedrivePolicy,
    });
    expect((await subAttrs(w, standardSub)).RedrivePolicy).toBe(RedrivePolicy);
  });

  it('lets a topic have 200 subscriptions with a filter policy, not 201', async () => {
    const w = snsWorld();
    await w.topic('t');
    for (let i = 0; i < 200; i++)
      await subscribe(w, {
        Protocol: 'sqs',
        Endpoint: queueArn(`q${i}`),
        Attributes: { FilterPolicy: '{}' },
      });
    await expectRefusal(
      subscribe(w, {
        Protocol: 'sqs',
        Endpoint: queueArn('q200'),
        Attributes: { FilterPolicy: '{}' },
      }),
      'FilterPolicyLimitExceeded',
      /200/,
      403,
    );
    await subscribe(w, { Protocol: 'sqs', Endpoint: queueArn('q200') });
  });
});

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
    const { SubscriptionArn } = await subscribe(w, {
      Protocol: 'https',
      Endpoint: 'https://example.com',
      ReturnSubscriptionArn: true,
    });
    const token = tokenOf(w);
    expect(token).toMatch(/^[0-9a-f]{256}$/);
    for (let i = 0; i < 2; i++)
      expect(
        await w.engine.call('sns', 'ConfirmSubscription', { TopicArn: topic, Token: token }),
      ).toEqual({ SubscriptionArn });
    expect(await subAttrs(w, SubscriptionArn)).toMatchObject({
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
    await subscribe(w, { Protocol: 'email', Endpoint: 'ops@example.com' });
    await expectRefusal(
      w.engine.call('sns', 'ConfirmSubscription', input(topic, tokenOf(w))),
      'InvalidParameter',
      message,
    );
  });

  it('refuses a token older than 2 days', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    await subscribe(w, { Protocol: 'email', Endpoint: 'ops@example.com' });
    w.run(2 * 24 * 3600 * 1000 + 1);
    await expectRefusal(
      w.engine.call('sns', 'ConfirmSubscription', { TopicArn: topic, Token: tokenOf(w) }),
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
    await subscribe(w, { Protocol: 'email', Endpoint: 'ops@example.com' });
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
      await subscribe(w, { Protocol: 'sms', Endpoint: `+1231231${String(i).padStart(3, '0')}` });
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
