import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine';
import { bucket, configure, expectError, newEngine, queueArn, queueForBucket } from './driver';

const OVERLAP =
  'Configurations overlap. Configurations on the same bucket cannot share a common event type.';
const AMBIGUOUS =
  'Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are overlapping for the same event type.';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:resize';

/** A world with bucket "photos" and queues "a" and "b" that let it send. */
async function photos(): Promise<Engine> {
  const engine = newEngine();
  await bucket(engine, 'photos');
  await queueForBucket(engine, 'a', 'photos');
  await queueForBucket(engine, 'b', 'photos');
  return engine;
}

const filter = (rules: Record<string, string>) => ({
  Key: { FilterRules: Object.entries(rules).map(([Name, Value]) => ({ Name, Value })) },
});

/** Two queue configurations: the first to queue a, the second to queue b. */
const pair = (
  first: { Events: string[]; Filter?: unknown },
  second: { Events: string[]; Filter?: unknown },
) => ({
  QueueConfigurations: [
    { QueueArn: queueArn('a'), ...first },
    { QueueArn: queueArn('b'), ...second },
  ],
});

describe('PutBucketNotificationConfiguration / GetBucketNotificationConfiguration', () => {
  it('keeps the configuration as given, with an Id from S3 where none was given', async () => {
    const engine = await photos();
    await configure(engine, 'photos', {
      QueueConfigurations: [
        {
          Id: 'jpegs',
          QueueArn: queueArn('a'),
          Events: ['s3:ObjectCreated:*'],
          Filter: filter({ prefix: 'images/', SUFFIX: '.jpg' }),
        },
      ],
      LambdaFunctionConfigurations: [{ LambdaFunctionArn: LAMBDA, Events: ['s3:ObjectRemoved:*'] }],
    });
    const got = await engine.call('s3', 'GetBucketNotificationConfiguration', { Bucket: 'photos' });
    expect(got).toEqual({
      QueueConfigurations: [
        {
          Id: 'jpegs',
          QueueArn: queueArn('a'),
          Events: ['s3:ObjectCreated:*'],
          Filter: filter({ Prefix: 'images/', Suffix: '.jpg' }),
        },
      ],
      LambdaFunctionConfigurations: [
        {
          Id: expect.stringMatching(/^[A-Za-z0-9+/]{48}$/),
          LambdaFunctionArn: LAMBDA,
          Events: ['s3:ObjectRemoved:*'],
        },
      ],
    });
  });

  it('an empty configuration turns notifications off; a new bucket has none', async () => {
    const engine = await photos();
    expect(
      await engine.call('s3', 'GetBucketNotificationConfiguration', { Bucket: 'photos' }),
    ).toEqual({});
    await configure(
      engine,
      'photos',
      pair({ Events: ['s3:ObjectCreated:*'] }, { Events: ['s3:ObjectRemoved:*'] }),
    );
    await configure(engine, 'photos', {});
    expect(
      await engine.call('s3', 'GetBucketNotificationConfiguration', { Bucket: 'photos' }),
    ).toEqual({});
  });

  describe('refuses configurations that could take the same event (L29)', () => {
    const refusals: [string, Parameters<typeof pair>, string][] = [
      [
        'two without filters on one event type',
        [{ Events: ['s3:ObjectCreated:*'] }, { Events: ['s3:ObjectCreated:*'] }],
        OVERLAP,
      ],
      [
        'a wildcard and a type under it',
        [{ Events: ['s3:ObjectCreated:*'] }, { Events: ['s3:ObjectCreated:Put'] }],
        OVERLAP,
      ],
      [
        'one type shared among others',
        [
          { Events: ['s3:ObjectRemoved:*', 's3:ObjectCreated:Copy'] },
          { Events: ['s3:ObjectCreated:Put', 's3:ObjectRemoved:Delete'] },
        ],
        OVERLAP,
      ],
      [
        'a prefix that starts the other',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/' }) },
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/thumbs/' }) },
        ],
        AMBIGUOUS,
      ],
      [
        'a filter beside none',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/' }) },
          { Events: ['s3:ObjectCreated:*'] },
        ],
        AMBIGUOUS,
      ],
      [
        'a prefix and a suffix that one key can have both',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/' }) },
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Suffix: '.jpg' }) },
        ],
        AMBIGUOUS,
      ],
      [
        'a suffix that ends the other, under one prefix',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'a/', Suffix: '.jpg' }) },
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'a/', Suffix: 'g' }) },
        ],
        AMBIGUOUS,
      ],
    ];
    for (const [what, configs, message] of refusals)
      it(what, async () => {
        const engine = await photos();
        await expectError(
          configure(engine, 'photos', pair(...configs)),
          'InvalidArgument',
          message,
        );
        expect(
          await engine.call('s3', 'GetBucketNotificationConfiguration', { Bucket: 'photos' }),
        ).toEqual({});
      });

    it('whatever the destinations: a queue and a Lambda function cannot share one either', async () => {
      const engine = await photos();
      await expectError(
        configure(engine, 'photos', {
          QueueConfigurations: [{ QueueArn: queueArn('a'), Events: ['s3:ObjectCreated:*'] }],
          LambdaFunctionConfigurations: [
            { LambdaFunctionArn: LAMBDA, Events: ['s3:ObjectCreated:Put'] },
          ],
        }),
        'InvalidArgument',
        OVERLAP,
      );
    });
  });

  describe('accepts configurations that no event can match twice', () => {
    const accepted: [string, Parameters<typeof pair>][] = [
      [
        'different event types',
        [{ Events: ['s3:ObjectCreated:*'] }, { Events: ['s3:ObjectRemoved:*'] }],
      ],
      [
        'two types under one wildcard',
        [{ Events: ['s3:ObjectCreated:Put'] }, { Events: ['s3:ObjectCreated:Post'] }],
      ],
      [
        'disjoint prefixes',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/' }) },
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'logs/' }) },
        ],
      ],
      [
        'one prefix, disjoint suffixes',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/', Suffix: '.jpg' }) },
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/', Suffix: '.png' }) },
        ],
      ],
      [
        'prefixes that differ only in their last character',
        [
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/a' }) },
          { Events: ['s3:ObjectCreated:*'], Filter: filter({ Prefix: 'images/b' }) },
        ],
      ],
    ];
    for (const [what, configs] of accepted)
      it(what, async () => {
        const engine = await photos();
        await configure(engine, 'photos', pair(...configs));
        const got = await engine.call<{ QueueConfigurations: unknown[] }>(
          's3',
          'GetBucketNotificationConfiguration',
          { Bucket: 'photos' },
        );
        expect(got.QueueConfigurations).toHaveLength(2);
      });
  });

  it('refuses what S3 cannot read, in S3’s words, and keeps the configuration it had', async () => {
    const engine = await photos();
    await configure(
      engine,
      'photos',
      pair({ Events: ['s3:ObjectCreated:*'] }, { Events: ['s3:ObjectRemoved:*'] }),
    );
    const queue = (entry: Record<string, unknown>) => ({
      QueueConfigurations: [{ QueueArn: queueArn('a'), Events: ['s3:ObjectCreated:*'], ...entry }],
    });
    const refusals: [unknown, string, string?][] = [
      [undefined, 'MalformedXML'],
      [{ QueueConfigurations: {} }, 'MalformedXML'],
      [queue({ Events: [] }), 'MalformedXML'],
      [queue({ QueueArn: undefined }), 'MalformedXML'],
      [
        queue({ Events: ['s3:ObjectCreated'] }),
        'InvalidArgument',
        'The event is not supported for notifications',
      ],
      [queue({ QueueArn: 'orders' }), 'InvalidArgument', 'The ARN could not be parsed'],
      [
        { TopicConfigurations: [{ TopicArn: queueArn('a'), Events: ['s3:ObjectCreated:*'] }] },
        'InvalidArgument',
        'The ARN could not be parsed',
      ],
      [
        queue({ QueueArn: 'arn:aws:sqs:eu-west-1:123456789012:a' }),
        'InvalidArgument',
        'The notification destination service region is not valid for the bucket location constraint',
      ],
      [
        queue({
          Filter: {
            Key: {
              FilterRules: [
                { Name: 'Prefix', Value: 'a' },
                { Name: 'prefix', Value: 'b' },
              ],
            },
          },
        }),
        'InvalidArgument',
        'Cannot specify more than one prefix rule in a filter.',
      ],
      [
        queue({ Filter: filter({ Name: 'x' }) }),
        'InvalidArgument',
        'filter rule name must be either prefix or suffix',
      ],
      [
        queue({ Filter: filter({ Suffix: '' }) }),
        'InvalidArgument',
        'filter value cannot be empty',
      ],
      [
        queue({ Filter: filter({ Suffix: 'é'.repeat(512) + 'x' }) }),
        'InvalidArgument',
        'Size of filter rule value cannot exceed 1024 bytes in UTF-8 representation',
      ],
    ];
    for (const [config, name, message] of refusals)
      await expectError(configure(engine, 'photos', config), name, message);
    const kept = await engine.call<{ QueueConfigurations: unknown[] }>(
      's3',
      'GetBucketNotificationConfiguration',
      { Bucket: 'photos' },
    );
    expect(kept.QueueConfigurations).toHaveLength(2);
    await configure(engine, 'photos', queue({ Filter: filter({ Suffix: 'é'.repeat(512) }) }));
    await expectError(configure(engine, 'nope', {}), 'NoSuchBucket');
  });
});
