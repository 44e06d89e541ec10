import { describe, expect, it } from 'vitest';
import { world, type World } from '../../../../engine/testing/world';

const PARTNER = '111122223333';
const ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:order-events';

function policy(...Statement: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement });
}

/** One message from a producer with the given identity: the error it got, or "sent". */
async function sendAs(w: World, identity: Record<string, unknown>): Promise<string> {
  await w.actor('sender', 'producer', {
    QueueUrl: 'orders',
    MessagesPerSecond: 1,
    MaxMessages: 1,
    ...identity,
  });
  w.run(1_100);
  const failed = w.of('actor/send-failed', { actor: 'sender' });
  await w.engine.call('playground', 'DeleteActor', { ActorId: 'sender' });
  w.events.length = 0;
  return failed.length === 0 ? 'sent' : String((failed[0] as { error?: unknown }).error);
}

const partnerMaySend = {
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
  Action: 'sqs:SendMessage',
  Resource: ARN,
};

describe('queue policies (L23)', () => {
  it('lets the owner in without a policy, and another account only when the policy allows it', async () => {
    const w = world();
    await w.queue('orders');
    expect(await sendAs(w, {})).toBe('sent');
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('AccessDenied');
    await w.engine.call('sqs', 'AddPermission', {
      QueueUrl: 'orders',
      Label: 'Partner',
      AWSAccountIds: [PARTNER],
      Actions: ['SendMessage'],
    });
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('sent');
    // The grant names the partner's account, no other.
    expect(await sendAs(w, { AccountId: '444455556666' })).toBe('AccessDenied');
  });

  it('refuses a plain-HTTP sender when the policy denies aws:SecureTransport false', async () => {
    const w = world();
    await w.queue('orders', {
      Policy: policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 'sqs:*',
        Resource: ARN,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    });
    expect(await sendAs(w, { UseHttps: false })).toBe('AccessDenied');
    expect(await sendAs(w, {})).toBe('sent');
  });

  it('without such a statement, plain HTTP is not refused: encryption in transit is a policy choice', async () => {
    const w = world();
    await w.queue('orders');
    expect(await sendAs(w, { UseHttps: false })).toBe('sent');
  });

  it('lets SNS send only for the topic named by aws:SourceArn', async () => {
    const w = world();
    await w.queue('orders', {
      Policy: policy({
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: ARN,
        Condition: { ArnEquals: { 'aws:SourceArn': TOPIC } },
      }),
    });
    const sns = { ServicePrincipal: 'sns.amazonaws.com' };
    expect(await sendAs(w, { ...sns, SourceArn: TOPIC })).toBe('sent');
    expect(await sendAs(w, { ...sns, SourceArn: `${TOPIC}-other` })).toBe('AccessDenied');
    expect(await sendAs(w, { ServicePrincipal: 's3.amazonaws.com', SourceArn: TOPIC })).toBe(
      'AccessDenied',
    );
  });

  it('an explicit Deny wins over an Allow', async () => {
    const w = world();
    await w.queue('orders', {
      Policy: policy(partnerMaySend, { ...partnerMaySend, Effect: 'Deny', Action: 'sqs:Send*' }),
    });
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('AccessDenied');
  });

  it("an explicit Deny binds the queue's own account too, refused as SQS words it", async () => {
    const w = world();
    await w.queue('orders', {
      Policy: policy({ Effect: 'Deny', Principal: '*', Action: 'sqs:SendMessage', Resource: ARN }),
    });
    await expect(
      w.engine.call('sqs', 'SendMessage', { QueueUrl: 'orders', MessageBody: 'x' }),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: 'Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied.',
    });
    // Only what the statement names is denied.
    await expect(w.engine.call('sqs', 'ReceiveMessage', { QueueUrl: 'orders' })).resolves.toEqual(
      {},
    );
  });

  it('treats a condition key the request lacks as AWS does: false, but true for a negated operator', async () => {
    const w = world();
    const withCondition = (Condition: Record<string, unknown>) =>
      w.engine.call('sqs', 'SetQueueAttributes', {
        QueueUrl: 'orders',
        Attributes: { Policy: policy({ ...partnerMaySend, Condition }) },
      });
    await w.queue('orders');
    await withCondition({ StringEquals: { 'aws:NoSuchKey': 'x' } });
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('AccessDenied');
    await withCondition({ StringNotEquals: { 'aws:NoSuchKey': 'x' } });
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('sent');
    await withCondition({ StringEqualsIfExists: { 'aws:NoSuchKey': 'x' } });
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('sent');
  });

  it('refuses a null statement and reads prototype-named members as no grant', async () => {
    const w = world();
    await expect(
      w.engine.call('sqs', 'CreateQueue', {
        QueueName: 'orders',
        Attributes: { Policy: '{"Statement":[null]}' },
      }),
    ).rejects.toMatchObject({ name: 'InvalidAttributeValue' });
    await w.queue('orders', {
      Policy:
        '{"Statement":[{"__proto__":{"Effect":"Allow"}},{"Effect":"Allow","Principal":{"constructor":"*"},"Action":"*"}]}',
    });
    expect(await sendAs(w, { AccountId: PARTNER })).toBe('AccessDenied');
    expect(await sendAs(w, {})).toBe('sent');
  });
});
