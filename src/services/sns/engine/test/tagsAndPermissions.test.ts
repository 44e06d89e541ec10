import { describe, expect, it } from 'vitest';
import { ACCOUNT, expectRefusal, snsWorld, topicArn } from './snsWorld';

const tags = async (w: ReturnType<typeof snsWorld>, ResourceArn: string) =>
  (
    await w.engine.call<{ Tags: { Key: string; Value: string }[] }>('sns', 'ListTagsForResource', {
      ResourceArn,
    })
  ).Tags;
const policyOf = async (w: ReturnType<typeof snsWorld>, TopicArn: string) =>
  JSON.parse(
    (
      await w.engine.call<{ Attributes: Record<string, string> }>('sns', 'GetTopicAttributes', {
        TopicArn,
      })
    ).Attributes.Policy as string,
  ) as { Statement: Record<string, unknown>[] };

describe('tags', () => {
  it('adds, overwrites and removes tags, in the order first added', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    await w.engine.call('sns', 'TagResource', {
      ResourceArn: arn,
      Tags: [
        { Key: 'k1', Value: 'v1' },
        { Key: 'k2', Value: 'v2' },
      ],
    });
    expect(await tags(w, arn)).toEqual([
      { Key: 'k1', Value: 'v1' },
      { Key: 'k2', Value: 'v2' },
    ]);
    await w.engine.call('sns', 'UntagResource', { ResourceArn: arn, TagKeys: ['k1', 'absent'] });
    await w.engine.call('sns', 'TagResource', {
      ResourceArn: arn,
      Tags: [{ Key: 'k2', Value: 'v2b' }],
    });
    expect(await tags(w, arn)).toEqual([{ Key: 'k2', Value: 'v2b' }]);
  });

  it('refuses a key given twice, and more than 50 tags, changing nothing', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    await w.engine.call('sns', 'TagResource', {
      ResourceArn: arn,
      Tags: [{ Key: 'k', Value: 'v' }],
    });
    await expectRefusal(
      w.engine.call('sns', 'TagResource', {
        ResourceArn: arn,
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'a', Value: '2' },
        ],
      }),
      'InvalidParameter',
      'Invalid parameter: Duplicated keys are not allowed.',
    );
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `t${i}`, Value: 'x' }));
    await expectRefusal(
      w.engine.call('sns', 'TagResource', { ResourceArn: arn, Tags: fifty }),
      'TagLimitExceeded',
      'Could not complete request: tag quota of per resource exceeded',
    );
    expect(await tags(w, arn)).toEqual([{ Key: 'k', Value: 'v' }]);
    await w.engine.call('sns', 'TagResource', { ResourceArn: arn, Tags: fifty.slice(1) });
    expect(await tags(w, arn)).toHaveLength(50);
  });

  it('refuses a topic that is not there (404)', async () => {
    await expectRefusal(
      snsWorld().engine.call('sns', 'ListTagsForResource', { ResourceArn: topicArn('nope') }),
      'ResourceNotFound',
      'Resource does not exist',
      404,
    );
  });
});

describe('topic policy: AddPermission, RemovePermission and explicit denies (L33)', () => {
  it('adds a statement for other accounts and removes it by label', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    await w.engine.call('sns', 'AddPermission', {
      TopicArn: arn,
      Label: 'partner',
      AWSAccountId: ['111122223333'],
      ActionName: ['Publish'],
    });
    expect((await policyOf(w, arn)).Statement[1]).toEqual({
      Sid: 'partner',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'SNS:Publish',
      Resource: arn,
    });
    await expectRefusal(
      w.engine.call('sns', 'AddPermission', {
        TopicArn: arn,
        Label: 'partner',
        AWSAccountId: ['1'],
        ActionName: ['Publish'],
      }),
      'InvalidParameter',
      'Invalid parameter: Statement already exists',
    );
    await expectRefusal(
      w.engine.call('sns', 'AddPermission', {
        TopicArn: arn,
        Label: 'other',
        AWSAccountId: ['1'],
        ActionName: ['Fly'],
      }),
      'InvalidParameter',
      'Invalid parameter: Policy statement action out of service scope!',
    );
    await w.engine.call('sns', 'RemovePermission', { TopicArn: arn, Label: 'partner' });
    expect((await policyOf(w, arn)).Statement.map((s) => s.Sid)).toEqual([
      '__default_statement_ID',
    ]);
  });

  it('refuses the owner an action its topic policy denies explicitly (AuthorizationError, 403)', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    const Policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'SNS:Publish', Resource: arn }],
    });
    await w.engine.call('sns', 'SetTopicAttributes', {
      TopicArn: arn,
      AttributeName: 'Policy',
      AttributeValue: Policy,
    });
    await expectRefusal(
      w.publish(arn, 'm'),
      'AuthorizationError',
      `User: arn:aws:iam::${ACCOUNT}:user/playground is not authorized to perform: SNS:Publish on resource: ${arn} with an explicit deny in a resource-based policy`,
      403,
    );
    await expectRefusal(
      w.engine.call('sns', 'PublishBatch', {
        TopicArn: arn,
        PublishBatchRequestEntries: [{ Id: '1', Message: 'm' }],
      }),
      'AuthorizationError',
      /explicit deny/,
      403,
    );
    expect(w.of('sns/published')).toEqual([]);
    await w.engine.call('sns', 'GetTopicAttributes', { TopicArn: arn });
  });
});
