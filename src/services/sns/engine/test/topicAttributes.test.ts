import { describe, expect, it } from 'vitest';
import { ACCOUNT, expectRefusal, snsWorld, topicArn, topicAttributes } from './snsWorld';

describe('GetTopicAttributes (reference 2.1 defaults)', () => {
  it('shows the defaults of a standard topic, without SignatureVersion or FIFO members', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    const a = await topicAttributes(w, arn);
    expect(Object.keys(a).sort()).toEqual([
      'DisplayName',
      'EffectiveDeliveryPolicy',
      'Owner',
      'Policy',
      'SubscriptionsConfirmed',
      'SubscriptionsDeleted',
      'SubscriptionsPending',
      'TopicArn',
    ]);
    expect(a).toMatchObject({
      DisplayName: '',
      Owner: ACCOUNT,
      TopicArn: arn,
      SubscriptionsConfirmed: '0',
    });
    expect(JSON.parse(a.EffectiveDeliveryPolicy as string)).toEqual({
      http: {
        defaultHealthyRetryPolicy: {
          minDelayTarget: 20,
          maxDelayTarget: 20,
          numRetries: 3,
          numMaxDelayRetries: 0,
          numNoDelayRetries: 0,
          numMinDelayRetries: 0,
          backoffFunction: 'linear',
        },
        disableSubscriptionOverrides: false,
        defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
      },
    });
    expect(JSON.parse(a.Policy as string)).toEqual({
      Version: '2008-10-17',
      Id: '__default_policy_ID',
      Statement: [
        {
          Sid: '__default_statement_ID',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [
            'SNS:GetTopicAttributes',
            'SNS:SetTopicAttributes',
            'SNS:AddPermission',
            'SNS:RemovePermission',
            'SNS:DeleteTopic',
            'SNS:Subscribe',
            'SNS:ListSubscriptionsByTopic',
            'SNS:Publish',
          ],
          Resource: arn,
          Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
        },
      ],
    });
  });

  it('adds FifoTopic and ContentBasedDeduplication for a FIFO topic', async () => {
    const w = snsWorld();
    const arn = await w.topic('t.fifo', { FifoTopic: 'true' });
    expect(await topicAttributes(w, arn)).toMatchObject({
      FifoTopic: 'true',
      ContentBasedDeduplication: 'false',
    });
  });

  it('lays a DeliveryPolicy over the effective one, member by member', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    const DeliveryPolicy = JSON.stringify({
      http: { defaultHealthyRetryPolicy: { minDelayTarget: 5, maxDelayTarget: 6, numRetries: 1 } },
    });
    await w.engine.call('sns', 'SetTopicAttributes', {
      TopicArn: arn,
      AttributeName: 'DeliveryPolicy',
      AttributeValue: DeliveryPolicy,
    });
    const effective = JSON.parse(
      (await topicAttributes(w, arn)).EffectiveDeliveryPolicy as string,
    ) as {
      http: { defaultHealthyRetryPolicy: Record<string, unknown> };
    };
    expect(effective.http.defaultHealthyRetryPolicy).toEqual({
      minDelayTarget: 5,
      maxDelayTarget: 6,
      numRetries: 1,
      numMaxDelayRetries: 0,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      backoffFunction: 'linear',
    });
  });

  const arns: [string, unknown, string, string, number][] = [
    [
      'a name',
      'orders',
      'InvalidParameter',
      'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
      400,
    ],
    [
      'five elements',
      'arn:aws:sns:us-east-1:random',
      'InvalidParameter',
      'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 5',
      400,
    ],
    [
      'another region',
      'arn:aws:sns:eu-west-1:123456789012:t',
      'InvalidParameter',
      'Invalid parameter: TopicArn',
      400,
    ],
    ['a topic that is not there', topicArn('nope'), 'NotFound', 'Topic does not exist', 404],
  ];
  it.each(arns)('refuses %s', async (_, TopicArn, code, message, status) => {
    await expectRefusal(
      snsWorld().engine.call('sns', 'GetTopicAttributes', { TopicArn }),
      code,
      message,
      status,
    );
  });
});

describe('SetTopicAttributes', () => {
  const refused: [string, string, string, string][] = [
    ['FifoTopic after creation', 'FifoTopic', 'false', 'Invalid parameter: AttributeName'],
    ['an unknown attribute', 'Colour', 'blue', 'Invalid parameter: AttributeName'],
    ['SignatureVersion 3', 'SignatureVersion', '3', 'Invalid parameter: SignatureVersion'],
    [
      'a Policy that is no JSON',
      'Policy',
      '{nope}',
      /^Invalid parameter: Policy: failed to parse JSON\. Unexpected character \('n' \(code 110\)\)/
        .source,
    ],
  ];
  it.each(refused)(
    'refuses %s and changes nothing',
    async (_, AttributeName, AttributeValue, message) => {
      const w = snsWorld();
      const arn = await w.topic('t');
      const before = await topicAttributes(w, arn);
      const call = w.engine.call('sns', 'SetTopicAttributes', {
        TopicArn: arn,
        AttributeName,
        AttributeValue,
      });
      await expectRefusal(
        call,
        'InvalidParameter',
        message.startsWith('^') ? new RegExp(message) : message,
      );
      expect(await topicAttributes(w, arn)).toEqual(before);
    },
  );

  it('refuses FIFO-only attributes on a standard topic, takes them on a FIFO one', async () => {
    const w = snsWorld();
    const standard = await w.topic('t');
    await expectRefusal(
      w.engine.call('sns', 'SetTopicAttributes', {
        TopicArn: standard,
        AttributeName: 'ContentBasedDeduplication',
        AttributeValue: 'true',
      }),
      'InvalidParameter',
      'Invalid parameter: ContentBasedDeduplication Reason: ContentBasedDeduplication can only be set for FIFO topics',
    );
    const fifo = await w.topic('t.fifo', { FifoTopic: 'true' });
    await w.engine.call('sns', 'SetTopicAttributes', {
      TopicArn: fifo,
      AttributeName: 'ContentBasedDeduplication',
      AttributeValue: 'true',
    });
    expect((await topicAttributes(w, fifo)).ContentBasedDeduplication).toBe('true');
  });

  it('words an unknown attribute at creation as AWS does', async () => {
    await expectRefusal(
      snsWorld().engine.call('sns', 'CreateTopic', { Name: 't', Attributes: { Colour: 'blue' } }),
      'InvalidParameter',
      'Invalid parameter: Attributes Reason: Unknown attribute Colour',
    );
  });
});

describe('DeleteTopic and ListTopics', () => {
  it('is idempotent and deletes the topic with its subscriptions', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    await w.subscribeQueue(arn, 'q');
    await w.engine.call('sns', 'DeleteTopic', { TopicArn: arn });
    await w.engine.call('sns', 'DeleteTopic', { TopicArn: arn });
    await expectRefusal(
      w.engine.call('sns', 'GetTopicAttributes', { TopicArn: arn }),
      'NotFound',
      'Topic does not exist',
      404,
    );
    expect(
      (await w.engine.call<{ Subscriptions: unknown[] }>('sns', 'ListSubscriptions', {}))
        .Subscriptions,
    ).toEqual([]);
  });

  it('pages 100 topics at a time with a NextToken while more remain', async () => {
    const w = snsWorld();
    for (let i = 0; i < 101; i++) await w.topic(`t${i}`);
    const first = await w.engine.call<{ Topics: { TopicArn: string }[]; NextToken?: string }>(
      'sns',
      'ListTopics',
      {},
    );
    expect(first.Topics).toHaveLength(100);
    expect(first.NextToken).toBeDefined();
    const second = await w.engine.call<{ Topics: { TopicArn: string }[]; NextToken?: string }>(
      'sns',
      'ListTopics',
      { NextToken: first.NextToken },
    );
    expect(second).toEqual({ Topics: [{ TopicArn: topicArn('t100') }] });
    await expectRefusal(
      w.engine.call('sns', 'ListTopics', { NextToken: 'junk' }),
      'InvalidParameter',
      'Invalid parameter: NextToken',
    );
  });

  it('lists nothing as an empty list', async () => {
    expect(await snsWorld().engine.call('sns', 'ListTopics', {})).toEqual({ Topics: [] });
  });
});
