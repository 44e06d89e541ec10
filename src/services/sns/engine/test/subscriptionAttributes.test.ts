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

describe('subscription attributes (reference 2.2)', () => {
  it('shows the defaults of an SQS subscription', async () => {
    const w = snsWorld();
    await w.topic('t');
    const arn = await w.subscribeQueue(topicArn('t'), 'q');
    expect(await subscriptionAttributes(w, arn)).toEqual({
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
    expect(await subscriptionAttributes(w, arn)).not.toHaveProperty('FilterPolicyScope');
    await set('FilterPolicy', '{"kind":["car"]}');
    expect(await subscriptionAttributes(w, arn)).toMatchObject({
      FilterPolicy: '{"kind":["car"]}',
      FilterPolicyScope: 'MessageBody',
    });
    await set('FilterPolicy', '');
    const after = await subscriptionAttributes(w, arn);
    expect(after).not.toHaveProperty('FilterPolicy');
    expect(after).not.toHaveProperty('FilterPolicyScope');
  });

  // Jackson's first line, as the service's reader gives it (filterPolicy/jsonReader.ts).
  const jackson = (c: string, code: number) =>
    `Unexpected character ('${c}' (code ${code})): was expecting double-quote to start field name`;
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
      `Invalid parameter: FilterPolicy: failed to parse JSON. ${jackson('i', 105)}`,
    ],
    [
      'RedrivePolicy',
      '{invalidjson}',
      `Invalid parameter: RedrivePolicy: failed to parse JSON. ${jackson('i', 105)}`,
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
      const before = await subscriptionAttributes(w, arn);
      await expectRefusal(
        w.engine.call('sns', 'SetSubscriptionAttributes', {
          SubscriptionArn: arn,
          AttributeName,
          AttributeValue,
        }),
        'InvalidParameter',
        message,
      );
      expect(await subscriptionAttributes(w, arn)).toEqual(before);
    },
  );

  it('words Subscribe refusals "Attributes Reason: ..."', async () => {
    const w = snsWorld();
    await w.topic('t');
    await expectRefusal(
      subscribeTo(w, {
        Protocol: 'sqs',
        Endpoint: queueArn('q'),
        Attributes: { RawMessageDelivery: 'wrongvalue' },
      }),
      'InvalidParameter',
      'Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [wrongvalue]. Must be true or false.',
    );
    await expectRefusal(
      subscribeTo(w, {
        Protocol: 'sqs',
        Endpoint: queueArn('q'),
        Attributes: { FilterPolicy: 'invalid' },
      }),
      'InvalidParameter',
      "Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON. Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
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
    expect((await subscriptionAttributes(w, standardSub)).RedrivePolicy).toBe(RedrivePolicy);
  });

  it('lets a topic have 200 subscriptions with a filter policy, not 201', async () => {
    const w = snsWorld();
    await w.topic('t');
    for (let i = 0; i < 200; i++)
      await subscribeTo(w, {
        Protocol: 'sqs',
        Endpoint: queueArn(`q${i}`),
        Attributes: { FilterPolicy: '{}' },
      });
    await expectRefusal(
      subscribeTo(w, {
        Protocol: 'sqs',
        Endpoint: queueArn('q200'),
        Attributes: { FilterPolicy: '{}' },
      }),
      'FilterPolicyLimitExceeded',
      /200/,
      403,
    );
    await subscribeTo(w, { Protocol: 'sqs', Endpoint: queueArn('q200') });
  });
});
