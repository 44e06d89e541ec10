import { describe, expect, it } from 'vitest';
import { world, type World } from '../../../../engine/testing/world';

const PARTNER = '111122223333';

async function partnerGrant(w: World) {
  await w.engine.call('sqs', 'AddPermission', {
    QueueUrl: 'payments',
    Label: 'PartnerCanSend',
    AWSAccountIds: [PARTNER],
    Actions: ['SendMessage'],
  });
}

async function sendAs(w: World, id: string, identity: Record<string, unknown>) {
  await w.actor(id, 'producer', {
    QueueUrl: 'payments',
    MessagesPerSecond: 1,
    MaxMessages: 1,
    ...identity,
  });
  w.run(1_100);
  return w.of('actor/send-failed', { actor: id });
}

/** A customer managed key whose policy lets the owner administer it and the partner use it. */
async function partnerKey(w: World): Promise<string> {
  const { KeyMetadata } = await w.engine.call<{ KeyMetadata: { KeyId: string } }>(
    'kms',
    'CreateKey',
    {
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::123456789012:root' },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
            Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
            Resource: '*',
          },
        ],
      }),
    },
  );
  await w.engine.call('kms', 'CreateAlias', {
    AliasName: 'alias/payments',
    TargetKeyId: KeyMetadata.KeyId,
  });
  return KeyMetadata.KeyId;
}

describe('SSE-KMS and who may use the key (L23)', () => {
  it('the AWS managed key alias/aws/sqs serves its own account but refuses a partner, even one the queue policy allows', async () => {
    const w = world();
    await w.queue('payments', { KmsMasterKeyId: 'alias/aws/sqs' });
    await partnerGrant(w);
    expect(await sendAs(w, 'own', {})).toEqual([]);
    const [failed] = await sendAs(w, 'partner', { AccountId: PARTNER });
    expect(failed).toMatchObject({ error: 'KmsAccessDenied' });
    expect(String((failed as { message?: unknown }).message)).toMatch(
      /^User: arn:aws:sts::111122223333:assumed-role\/partner\/partner is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:123456789012:key\/.+ because no resource-based policy allows the kms:GenerateDataKey action$/,
    );
    // The consumer side of the same queue still works for the owner (kms:Decrypt via SQS).
    const { Messages } = await w.engine.call<{ Messages?: unknown[] }>('sqs', 'ReceiveMessage', {
      QueueUrl: 'payments',
    });
    expect(Messages).toHaveLength(1);
  });

  it('a customer managed key granting kms:GenerateDataKey and kms:Decrypt lets the partner send', async () => {
    const w = world();
    await partnerKey(w);
    await w.queue('payments', { KmsMasterKeyId: 'alias/payments' });
    await partnerGrant(w);
    expect(await sendAs(w, 'partner', { AccountId: PARTNER })).toEqual([]);
    expect(w.of('sqs/sent', { by: 'partner' })).toHaveLength(1);
  });

  it('SNS needs the key too: allowed by the queue policy, refused by the AWS managed key', async () => {
    const w = world();
    await w.queue('payments', {
      KmsMasterKeyId: 'alias/aws/sqs',
      Policy: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: 'arn:aws:sqs:us-east-1:123456789012:payments',
          },
        ],
      }),
    });
    const [failed] = await sendAs(w, 'topic', { ServicePrincipal: 'sns.amazonaws.com' });
    expect(failed).toMatchObject({ error: 'KmsAccessDenied' });
  });

  it('keys and aliases travel in a snapshot: a restored world lets the partner in the same way', async () => {
    const w = world();
    await partnerKey(w);
    await w.queue('payments', { KmsMasterKeyId: 'alias/payments' });
    await partnerGrant(w);
    const snapshot = w.engine.snapshot();
    const restored = world();
    restored.engine.restore(snapshot);
    expect(await sendAs(restored, 'partner', { AccountId: PARTNER })).toEqual([]);
    expect(restored.of('sqs/sent', { by: 'partner' })).toHaveLength(1);
  });

  it('a key that does not exist fails the send with KmsNotFound; SSE-SQS needs no key at all', async () => {
    const w = world();
    await w.queue('payments', { KmsMasterKeyId: 'alias/missing' });
    await expect(
      w.engine.call('sqs', 'SendMessage', { QueueUrl: 'payments', MessageBody: 'x' }),
    ).rejects.toMatchObject({ name: 'KmsNotFound', code: 'KMS.NotFoundException' });
    await w.engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: 'payments',
      Attributes: { SqsManagedSseEnabled: 'true' },
    });
    await w.engine.call('sqs', 'SendMessage', { QueueUrl: 'payments', MessageBody: 'x' });
  });

  it('an empty KmsMasterKeyId turns SSE-KMS off: sends need no key again', async () => {
    const w = world();
    await w.queue('payments', { KmsMasterKeyId: '' });
    const send = () =>
      w.engine.call('sqs', 'SendMessage', { QueueUrl: 'payments', MessageBody: 'x' });
    await send();
    const use = (KmsMasterKeyId: string) =>
      w.engine.call('sqs', 'SetQueueAttributes', {
        QueueUrl: 'payments',
        Attributes: { KmsMasterKeyId },
      });
    await use('alias/missing');
    await expect(send()).rejects.toMatchObject({ name: 'KmsNotFound' });
    await use('');
    await send();
  });
});

describe('KMS keys and key policies', () => {
  it('the AWS managed key for SQS exists on first use and its policy cannot be changed', async () => {
    const w = world();
    const { KeyMetadata } = await w.engine.call<{ KeyMetadata: Record<string, unknown> }>(
      'kms',
      'DescribeKey',
      { KeyId: 'alias/aws/sqs' },
    );
    expect(KeyMetadata).toMatchObject({ KeyManager: 'AWS', KeyState: 'Enabled' });
    await expect(
      w.engine.call('kms', 'PutKeyPolicy', { KeyId: 'alias/aws/sqs', Policy: '{}' }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    await expect(
      w.engine.call('kms', 'CreateAlias', {
        AliasName: 'alias/aws/mine',
        TargetKeyId: KeyMetadata.KeyId,
      }),
    ).rejects.toMatchObject({ name: 'InvalidAliasNameException' });
  });

  it('a customer managed key starts with the default policy and takes a new one', async () => {
    const w = world();
    const keyId = await partnerKey(w);
    const { KeyMetadata } = await w.engine.call<{ KeyMetadata: Record<string, unknown> }>(
      'kms',
      'CreateKey',
      {},
    );
    const fresh = await w.engine.call<{ Policy: string }>('kms', 'GetKeyPolicy', {
      KeyId: KeyMetadata.KeyId,
    });
    expect(JSON.parse(fresh.Policy).Statement[0].Principal).toEqual({
      AWS: 'arn:aws:iam::123456789012:root',
    });
    const lockedOut = { KeyId: 'alias/payments', Policy: '{"Statement":[]}' };
    await expect(w.engine.call('kms', 'PutKeyPolicy', lockedOut)).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
      message: 'The new key policy will not allow you to update the key policy in the future.',
    });
    await w.engine.call('kms', 'PutKeyPolicy', {
      ...lockedOut,
      BypassPolicyLockoutSafetyCheck: true,
    });
    const { Policy } = await w.engine.call<{ Policy: string }>('kms', 'GetKeyPolicy', {
      KeyId: keyId,
    });
    expect(Policy).toBe('{"Statement":[]}');
    await expect(
      w.engine.call('kms', 'PutKeyPolicy', { KeyId: keyId, Policy: '{}' }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});
