import { describe, expect, it } from 'vitest';
import { bucket, expectError, newEngine, put } from './driver';

describe('CreateBucket, DeleteBucket, ListBuckets', () => {
  it('creates a bucket and answers with its Location', async () => {
    const engine = newEngine();
    expect(await engine.call('s3', 'CreateBucket', { Bucket: 'photos' })).toEqual({
      Location: '/photos',
    });
    expect(engine.drain()).toEqual([
      { type: 's3/bucket-created', at: engine.now(), bucket: 'photos', by: 'api' },
    ]);
  });

  it('refuses names outside the rules, at each rule’s edge', async () => {
    const engine = newEngine();
    const valid = ['abc', 'a'.repeat(63), 'my.bucket-1', '1.2.3', 'xn-a', 'a-s3alia'];
    const invalid = [
      'ab',
      'a'.repeat(64),
      'Photos',
      'my_bucket',
      '-abc',
      'abc-',
      '.abc',
      'a..b',
      '192.168.5.4',
      'xn--abc',
      'sthree-abc',
      'amzn-s3-demo-abc',
      'abc-s3alias',
      'abc--ol-s3',
      'abc.mrap',
      'abc--x-s3',
      'abc--table-s3',
    ];
    for (const Bucket of valid) await engine.call('s3', 'CreateBucket', { Bucket });
    for (const Bucket of invalid)
      await expectError(
        engine.call('s3', 'CreateBucket', { Bucket }),
        'InvalidBucketName',
        'The specified bucket is not valid.',
      );
    const { Buckets } = await engine.call<{ Buckets: { Name: string }[] }>('s3', 'ListBuckets');
    expect(Buckets.map((b) => b.Name)).toEqual([...valid].sort());
  });

  it('re-creating a bucket you own in us-east-1 answers 200 and keeps its objects', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    await put(engine, 'photos', 'a.jpg');
    engine.drain();
    expect(await engine.call('s3', 'CreateBucket', { Bucket: 'photos' })).toEqual({
      Location: '/photos',
    });
    expect(engine.drain()).toEqual([]);
    expect(engine.gauges().s3).toEqual({ photos: { NumberOfObjects: 1, BucketSizeBytes: 1 } });
  });

  it('deletes only an empty bucket, and a missing one is NoSuchBucket', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    await put(engine, 'photos', 'a.jpg');
    await expectError(
      engine.call('s3', 'DeleteBucket', { Bucket: 'photos' }),
      'BucketNotEmpty',
      'The bucket you tried to delete is not empty',
    );
    await engine.call('s3', 'DeleteObject', { Bucket: 'photos', Key: 'a.jpg' });
    expect(await engine.call('s3', 'DeleteBucket', { Bucket: 'photos' })).toEqual({});
    await expectError(
      engine.call('s3', 'DeleteBucket', { Bucket: 'photos' }),
      'NoSuchBucket',
      'The specified bucket does not exist',
    );
    expect(engine.gauges().s3).toEqual({});
  });

  it('lists buckets by name with their creation time to the second, and the owner', async () => {
    const engine = newEngine();
    engine.advanceBy(1_500);
    await bucket(engine, 'zebra');
    await bucket(engine, 'apple');
    expect(await engine.call('s3', 'ListBuckets')).toEqual({
      Buckets: [
        { Name: 'apple', CreationDate: '2025-01-01T00:00:01.000Z' },
        { Name: 'zebra', CreationDate: '2025-01-01T00:00:01.000Z' },
      ],
      Owner: { ID: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  it('asks for the bucket by name', async () => {
    const engine = newEngine();
    await expectError(engine.call('s3', 'CreateBucket', {}), 'MissingParameter');
    await expectError(engine.call('s3', 'CreateBucket', { Bucket: 7 }), 'InvalidParameterValue');
  });
});
