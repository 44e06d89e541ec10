import { describe, expect, it } from 'vitest';
import { expectRefusal, rejection, snsWorld, topicArn, topicAttributes } from './snsWorld';

describe('CreateTopic names (reference 2.1)', () => {
  const valid: [string, Record<string, string> | undefined][] = [
    ['a'.repeat(256), undefined],
    ['orders_v2-prod', undefined],
    [`${'a'.repeat(251)}.fifo`, { FifoTopic: 'true' }],
  ];
  it.each(valid)('accepts %s', async (Name, Attributes) => {
    const w = snsWorld();
    expect(await w.topic(Name, Attributes)).toBe(topicArn(Name));
  });

  const invalid: [string, string, Record<string, string> | undefined][] = [
    ['empty', '', undefined],
    ['257 characters', 'a'.repeat(257), undefined],
    ...[':', ';', '!', '@', '|', '^', '%', ' '].map(
      (c) => [`"${c}"`, `bad${c}name`, undefined] as [string, string, undefined],
    ),
    ['.fifo without FifoTopic', 'x.fifo', undefined],
    ['FifoTopic without .fifo', 'x', { FifoTopic: 'true' }],
    ['FIFO name of 257', `${'a'.repeat(252)}.fifo`, { FifoTopic: 'true' }],
  ];
  it.each(invalid)('refuses %s: "Invalid parameter: Topic Name"', async (_, Name, Attributes) => {
    const w = snsWorld();
    await expectRefusal(
      w.engine.call('sns', 'CreateTopic', { Name, ...(Attributes ? { Attributes } : {}) }),
      'InvalidParameter',
      'Invalid parameter: Topic Name',
    );
  });

  it('names the SDK exception and the query code apart', async () => {
    const error = await rejection(snsWorld().engine.call('sns', 'CreateTopic', { Name: 'a b' }));
    expect([error.name, error.code, error.status]).toEqual([
      'InvalidParameterException',
      'InvalidParameter',
      400,
    ]);
  });

  it('refuses a missing Name as the validation layer does', async () => {
    await expectRefusal(
      snsWorld().engine.call('sns', 'CreateTopic', {}),
      'ValidationError',
      "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe('CreateTopic idempotency (reference 2.1)', () => {
  it('returns the same ARN for the same name, keeping attributes set since', async () => {
    const w = snsWorld();
    const arn = await w.topic('t');
    await w.engine.call('sns', 'SetTopicAttributes', {
      TopicArn: arn,
      AttributeName: 'DisplayName',
      AttributeValue: 'AlreadySet',
    });
    expect(await w.topic('t')).toBe(arn);
    expect((await topicAttributes(w, arn)).DisplayName).toBe('AlreadySet');
  });

  const cases: [string, Record<string, string>, Record<string, string>, string | undefined][] = [
    ['same attributes', { DisplayName: 'A' }, { DisplayName: 'A' }, undefined],
    ['FifoTopic=false on a standard topic', {}, { FifoTopic: 'false' }, undefined],
    ['a different DisplayName', { DisplayName: 'A' }, { DisplayName: 'B' }, 'Attributes'],
    [
      'a new attribute',
      { DisplayName: 'A' },
      { DisplayName: 'A', SignatureVersion: '2' },
      'Attributes',
    ],
  ];
  it.each(cases)('%s', async (_, first, second, refused) => {
    const w = snsWorld();
    const arn = await w.topic('t', first);
    const again = w.engine.call<{ TopicArn: string }>('sns', 'CreateTopic', {
      Name: 't',
      Attributes: second,
    });
    if (refused === undefined) expect((await again).TopicArn).toBe(arn);
    else
      await expectRefusal(
        again,
        'InvalidParameter',
        'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
      );
  });

  it('refuses FifoTopic=true for an existing standard name (the name lacks .fifo)', async () => {
    const w = snsWorld();
    await w.topic('t');
    await expectRefusal(
      w.engine.call('sns', 'CreateTopic', { Name: 't', Attributes: { FifoTopic: 'true' } }),
      'InvalidParameter',
      'Invalid parameter: Topic Name',
    );
  });

  it('accepts the same or fewer tags, refuses different ones', async () => {
    const w = snsWorld();
    const Tags = [
      { Key: 'team', Value: 'a' },
      { Key: 'env', Value: 'dev' },
    ];
    const arn = (
      await w.engine.call<{ TopicArn: string }>('sns', 'CreateTopic', { Name: 't', Tags })
    ).TopicArn;
    expect(
      (
        await w.engine.call<{ TopicArn: string }>('sns', 'CreateTopic', {
          Name: 't',
          Tags: [Tags[0]],
        })
      ).TopicArn,
    ).toBe(arn);
    await expectRefusal(
      w.engine.call('sns', 'CreateTopic', {
        Name: 't',
        Tags: [...Tags, { Key: 'more', Value: 'x' }],
      }),
      'InvalidParameter',
      'Invalid parameter: Tags Reason: Topic already exists with different tags',
    );
  });
});
