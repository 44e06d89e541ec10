import { describe, expect, it } from 'vitest';
import { createQueue, expectError, newEngine } from '../../../../engine/testing/sqs';

describe('tags and permissions', () => {
  it('tags, overwrites, untags and lists ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    expect(await engine.call('sqs', 'ListQueueTags', { QueueUrl: url })).toEqual({});
    await engine.call('sqs', 'TagQueue', { QueueUrl: url, Tags: { team: 'a', env: '' } });
    await engine.call('sqs', 'TagQueue', { QueueUrl: url, Tags: { team: 'b' } });
    await engine.call('sqs', 'UntagQueue', { QueueUrl: url, TagKeys: ['env', 'missing'] });
    expect(await engine.call('sqs', 'ListQueueTags', { QueueUrl: url })).toEqual({
      Tags: { team: 'b' },
    });
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    await expectError(
      engine.call('sqs', 'TagQueue', { QueueUrl: url, Tags: tooMany }),
      'InvalidParameterValue',
      'Too many tags added for queue q.',
    );
    expect(await engine.call('sqs', 'ListQueueTags', { QueueUrl: url })).toEqual({
      Tags: { team: 'b' },
    });
  });

  it('needs Tags to tag and TagKeys of 1 to 128 characters to untag', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await expectError(
      engine.call('sqs', 'TagQueue', { QueueUrl: url }),
      'MissingParameter',
      'The request must contain the parameter Tags.',
    );
    await engine.call('sqs', 'TagQueue', { QueueUrl: url, Tags: { x: '1', team: 'a' } });
    for (const TagKeys of [undefined, ['']]) {
      await expectError(
        engine.call('sqs', 'UntagQueue', { QueueUrl: url, TagKeys }),
        'InvalidParameterValue',
        'Tag keys must be between 1 and 128 characters in length.',
      );
    }
    await engine.call('sqs', 'UntagQueue', { QueueUrl: url, TagKeys: ['x'] });
    expect(await engine.call('sqs', 'ListQueueTags', { QueueUrl: url })).toEqual({
      Tags: { team: 'a' },
    });
  });

  it('keeps one statement per label', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    for (const Label of ['senders', 'receivers']) {
      await engine.call('sqs', 'AddPermission', {
        QueueUrl: url,
        Label,
        AWSAccountIds: ['210987654321'],
        Actions: [Label === 'senders' ? 'SendMessage' : 'ReceiveMessage'],
      });
    }
    const { Attributes } = await engine.call<{ Attributes: { Policy: string } }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl: url, AttributeNames: ['Policy'] },
    );
    const policy = JSON.parse(Attributes.Policy) as { Statement: { Sid: string }[] };
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['senders', 'receivers']);
  });

  it('adds and removes permission statements ([V] policy shape and errors)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await engine.call('sqs', 'AddPermission', {
      QueueUrl: url,
      Label: 'crossaccountpermission',
      AWSAccountIds: ['210987654321'],
      Actions: ['ReceiveMessage'],
    });
    await expectError(
      engine.call('sqs', 'AddPermission', {
        QueueUrl: url,
        Label: 'crossaccountpermission',
        AWSAccountIds: ['210987654321'],
        Actions: ['SendMessage'],
      }),
      'InvalidParameterValue',
      'Value crossaccountpermission for parameter Label is invalid. Reason: Already exists.',
    );
    const { Attributes } = await engine.call<{ Attributes: { Policy: string } }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl: url, AttributeNames: ['Policy'] },
    );
    expect(JSON.parse(Attributes.Policy)).toEqual({
      Version: '2008-10-17',
      Id: 'arn:aws:sqs:us-east-1:123456789012:q/SQSDefaultPolicy',
      Statement: [
        {
          Sid: 'crossaccountpermission',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::210987654321:root' },
          Action: 'SQS:ReceiveMessage',
          Resource: 'arn:aws:sqs:us-east-1:123456789012:q',
        },
      ],
    });
    await expectError(
      engine.call('sqs', 'RemovePermission', { QueueUrl: url, Label: 'crossaccountpermission2' }),
      'InvalidParameterValue',
      "Value crossaccountpermission2 for parameter Label is invalid. Reason: can't find label.",
    );
    await engine.call('sqs', 'RemovePermission', {
      QueueUrl: url,
      Label: 'crossaccountpermission',
    });
    expect(
      await engine.call('sqs', 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['Policy'] }),
    ).toEqual({ Attributes: {} });
  });
});
