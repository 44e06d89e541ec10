import { describe, expect, it } from 'vitest';
import { bucket, expectError, newEngine, put } from './driver';

const HELLO_MD5 = '5d41402abc4b2a76b9719d911017c592';

describe('PutObject, GetObject, HeadObject', () => {
  it('stores a text body and answers with the MD5 of its UTF-8 bytes as the ETag', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    expect(await put(engine, 'docs', 'hello.txt', 'hello')).toEqual({
      ETag: `"${HELLO_MD5}"`,
      ServerSideEncryption: 'AES256',
    });
    engine.advanceBy(2_999);
    const got = await engine.call('s3', 'GetObject', { Bucket: 'docs', Key: 'hello.txt' });
    expect(got).toEqual({
      Body: 'hello',
      AcceptRanges: 'bytes',
      LastModified: '2025-01-01T00:00:00.000Z',
      ContentLength: 5,
      ETag: `"${HELLO_MD5}"`,
      ContentType: 'binary/octet-stream',
      ServerSideEncryption: 'AES256',
      Metadata: {},
    });
  });

  it('counts a text body in UTF-8 bytes, and keeps the content type and metadata given', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    engine.advanceBy(61_999);
    await engine.call('s3', 'PutObject', {
      Bucket: 'docs',
      Key: 'é.json',
      Body: '{"a":"é€"}',
      ContentType: 'application/json',
      Metadata: { Author: 'Ana' },
    });
    expect(await engine.call('s3', 'HeadObject', { Bucket: 'docs', Key: 'é.json' })).toMatchObject({
      ContentLength: 13,
      ContentType: 'application/json',
      Metadata: { author: 'Ana' },
      LastModified: '2025-01-01T00:01:01.000Z',
    });
  });

  it('keeps a binary body as bytes', async () => {
    const engine = newEngine();
    await bucket(engine, 'bin');
    const bytes = new Uint8Array([0, 255, 104, 101, 108, 108, 111]);
    const { ETag } = await put(engine, 'bin', 'blob', bytes);
    expect(ETag).toBe('"42efd972c7ea43245bc0a7370115a8ed"');
    const { Body, ContentLength } = await engine.call<{ Body: Uint8Array; ContentLength: number }>(
      's3',
      'GetObject',
      { Bucket: 'bin', Key: 'blob' },
    );
    expect([...Body]).toEqual([...bytes]);
    expect(ContentLength).toBe(7);
  });

  it('an empty PutObject makes an empty object', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    await engine.call('s3', 'PutObject', { Bucket: 'docs', Key: 'empty' });
    expect(await engine.call('s3', 'GetObject', { Bucket: 'docs', Key: 'empty' })).toMatchObject({
      Body: '',
      ContentLength: 0,
      ETag: '"d41d8cd98f00b204e9800998ecf8427e"',
    });
  });

  it('replaces an object under the same key, and the gauges follow', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    await put(engine, 'docs', 'a', 'hello');
    await put(engine, 'docs', 'b', 'hi');
    expect(engine.gauges().s3.docs).toEqual({ NumberOfObjects: 2, BucketSizeBytes: 7 });
    await put(engine, 'docs', 'a', 'x');
    expect(engine.gauges().s3.docs).toEqual({ NumberOfObjects: 2, BucketSizeBytes: 3 });
    expect(await engine.call('s3', 'GetObject', { Bucket: 'docs', Key: 'a' })).toMatchObject({
      Body: 'x',
    });
  });

  it('answers NoSuchBucket, NoSuchKey, and NotFound for a HEAD', async () => {
    const engine = newEngine();
    await expectError(
      put(engine, 'nope', 'a'),
      'NoSuchBucket',
      'The specified bucket does not exist',
    );
    await bucket(engine, 'docs');
    await expectError(
      engine.call('s3', 'GetObject', { Bucket: 'docs', Key: 'a' }),
      'NoSuchKey',
      'The specified key does not exist.',
    );
    await expectError(engine.call('s3', 'HeadObject', { Bucket: 'docs', Key: 'a' }), 'NotFound');
    await expectError(engine.call('s3', 'HeadObject', { Bucket: 'nope', Key: 'a' }), 'NotFound');
  });

  it('takes keys up to 1,024 bytes of UTF-8', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    await put(engine, 'docs', 'é'.repeat(512));
    await expectError(
      put(engine, 'docs', `${'é'.repeat(512)}a`),
      'KeyTooLongError',
      'Your key is too long',
    );
    await expectError(put(engine, 'docs', '\uD800'), 'InvalidArgument');
    await expectError(put(engine, 'docs', ''), 'MissingParameter');
    await expectError(put(engine, 'docs', 'a', 42), 'InvalidArgument');
    expect(engine.gauges().s3.docs?.NumberOfObjects).toBe(1);
  });
});

describe('DeleteObject, DeleteObjects', () => {
  it('deletes an object; deleting a key that is not there succeeds too', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    await put(engine, 'docs', 'a');
    expect(await engine.call('s3', 'DeleteObject', { Bucket: 'docs', Key: 'a' })).toEqual({});
    expect(await engine.call('s3', 'DeleteObject', { Bucket: 'docs', Key: 'a' })).toEqual({});
    expect(engine.drain().filter((e) => e.type === 's3/object-removed')).toHaveLength(1);
    await expectError(
      engine.call('s3', 'DeleteObject', { Bucket: 'nope', Key: 'a' }),
      'NoSuchBucket',
    );
  });

  it('deletes several keys, reporting each, or none when Quiet', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    for (const key of ['a', 'b', 'c']) await put(engine, 'docs', key);
    expect(
      await engine.call('s3', 'DeleteObjects', {
        Bucket: 'docs',
        Delete: { Objects: [{ Key: 'a' }, { Key: 'missing' }] },
      }),
    ).toEqual({ Deleted: [{ Key: 'a' }, { Key: 'missing' }] });
    expect(
      await engine.call('s3', 'DeleteObjects', {
        Bucket: 'docs',
        Delete: { Objects: [{ Key: 'b' }], Quiet: true },
      }),
    ).toEqual({});
    expect(engine.gauges().s3.docs).toEqual({ NumberOfObjects: 1, BucketSizeBytes: 1 });
  });

  it('takes 1 to 1,000 keys, and a bad one deletes nothing', async () => {
    const engine = newEngine();
    await bucket(engine, 'docs');
    await put(engine, 'docs', 'a');
    const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}` }));
    await engine.call('s3', 'DeleteObjects', { Bucket: 'docs', Delete: { Objects: keys(1000) } });
    const deleting = (Objects: unknown) =>
      engine.call('s3', 'DeleteObjects', { Bucket: 'docs', Delete: { Objects } });
    for (const Objects of [[], keys(1001), [{ Key: 'a' }, 'b']])
      await expectError(deleting(Objects), 'MalformedXML');
    await expectError(deleting([{ Key: 'a' }, {}]), 'MissingParameter');
    expect(engine.gauges().s3.docs?.NumberOfObjects).toBe(1);
  });
});
