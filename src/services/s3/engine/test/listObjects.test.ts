import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine';
import { bucket, expectError, newEngine, put } from './driver';

interface Page {
  IsTruncated: boolean;
  Contents?: { Key: string }[];
  CommonPrefixes?: { Prefix: string }[];
  KeyCount: number;
  NextContinuationToken?: string;
}

const list = (engine: Engine, input: Record<string, unknown> = {}) =>
  engine.call<Page>('s3', 'ListObjectsV2', { Bucket: 'logs', ...input });

/** Keys and common prefixes of a page, in order, prefixes marked with a trailing "…". */
const entries = (page: Page) => [
  ...(page.Contents ?? []).map((c) => c.Key),
  ...(page.CommonPrefixes ?? []).map((p) => `${p.Prefix}…`),
];

async function withKeys(keys: string[]): Promise<Engine> {
  const engine = newEngine();
  await bucket(engine, 'logs');
  for (const key of keys) await put(engine, 'logs', key);
  return engine;
}

describe('ListObjectsV2', () => {
  it('lists keys in UTF-8 binary order, whatever order they were written in', async () => {
    // Code point order: "B" < "a" < "é" < "ｱ" (U+FF71) < "😀" (U+1F600), though UTF-16 puts 😀 first.
    const engine = await withKeys(['😀', 'ｱ', 'é', 'a', 'B', 'a/b', 'a-b']);
    expect(entries(await list(engine))).toEqual(['B', 'a', 'a-b', 'a/b', 'é', 'ｱ', '😀']);
  });

  it('answers with what it was asked and what it found', async () => {
    const engine = await withKeys(['a.txt']);
    engine.advanceBy(1_234);
    expect(await list(engine)).toEqual({
      IsTruncated: false,
      Contents: [
        {
          Key: 'a.txt',
          LastModified: '2025-01-01T00:00:00.000Z',
          ETag: '"9dd4e461268c8034f5c8564e155c67a6"',
          Size: 1,
          StorageClass: 'STANDARD',
        },
      ],
      Name: 'logs',
      Prefix: '',
      MaxKeys: 1000,
      KeyCount: 1,
    });
    expect(await list(engine, { Prefix: 'b' })).toEqual({
      IsTruncated: false,
      Name: 'logs',
      Prefix: 'b',
      MaxKeys: 1000,
      KeyCount: 0,
    });
    const { Contents } = await engine.call<{ Contents: { Owner?: unknown }[] }>(
      's3',
      'ListObjectsV2',
      { Bucket: 'logs', FetchOwner: true },
    );
    expect(Contents[0]?.Owner).toEqual({ ID: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('rolls keys up to the delimiter into common prefixes, under a prefix', async () => {
    const engine = await withKeys([
      '2025/01/a.log',
      '2025/01/b.log',
      '2025/02/a.log',
      '2025/readme',
      '2026/01/a.log',
      'top.log',
    ]);
    const page = await list(engine, { Delimiter: '/' });
    expect(entries(page)).toEqual(['top.log', '2025/…', '2026/…']);
    expect(page.KeyCount).toBe(3);
    expect(entries(await list(engine, { Prefix: '2025/', Delimiter: '/' }))).toEqual([
      '2025/readme',
      '2025/01/…',
      '2025/02/…',
    ]);
    expect(entries(await list(engine, { Prefix: '2025/0' }))).toEqual([
      '2025/01/a.log',
      '2025/01/b.log',
      '2025/02/a.log',
    ]);
  });

  it('pages by MaxKeys, keys and common prefixes counted alike, until the last page', async () => {
    const engine = await withKeys(['a/1', 'a/2', 'b', 'c/1', 'd', 'e']);
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const page = await list(engine, {
        Delimiter: '/',
        MaxKeys: 2,
        ...(token === undefined ? {} : { ContinuationToken: token }),
      });
      pages.push(entries(page));
      expect(page.IsTruncated).toBe(page.NextContinuationToken !== undefined);
      token = page.NextContinuationToken;
    } while (token !== undefined);
    expect(pages).toEqual([['b', 'a/…'], ['d', 'c/…'], ['e']]);
  });

  it('is not truncated when the page ends exactly at the last key', async () => {
    const engine = await withKeys(['a', 'b']);
    expect(await list(engine, { MaxKeys: 2 })).toMatchObject({ IsTruncated: false, KeyCount: 2 });
    expect(await list(engine, { MaxKeys: 1 })).toMatchObject({ IsTruncated: true, KeyCount: 1 });
    expect(await list(engine, { MaxKeys: 0 })).toMatchObject({ IsTruncated: false, KeyCount: 0 });
  });

  it('returns at most 1,000 keys a page, whatever MaxKeys asks', async () => {
    const engine = newEngine();
    await bucket(engine, 'logs');
    for (let i = 0; i < 1001; i++) await put(engine, 'logs', `k${String(i).padStart(4, '0')}`);
    const first = await list(engine, { MaxKeys: 5000 });
    expect(first).toMatchObject({ KeyCount: 1000, IsTruncated: true, MaxKeys: 5000 });
    const second = await list(engine, { ContinuationToken: first.NextContinuationToken });
    expect(entries(second)).toEqual(['k1000']);
  });

  it('starts after StartAfter, which need not be a key', async () => {
    const engine = await withKeys(['a', 'b', 'c']);
    expect(entries(await list(engine, { StartAfter: 'a' }))).toEqual(['b', 'c']);
    expect(entries(await list(engine, { StartAfter: 'bb' }))).toEqual(['c']);
    expect(await list(engine, { StartAfter: 'bb' })).toMatchObject({ StartAfter: 'bb' });
  });

  it('refuses a token it did not make, and a negative MaxKeys', async () => {
    const engine = await withKeys(['a']);
    for (const ContinuationToken of ['not a token', 'WGFiYw==', ''])
      await expectError(
        list(engine, { ContinuationToken }),
        'InvalidArgument',
        'The continuation token provided is incorrect',
      );
    await expectError(
      list(engine, { MaxKeys: -1 }),
      'InvalidArgument',
      'Argument maxKeys must be an integer between 0 and 2147483647',
    );
    await expectError(engine.call('s3', 'ListObjectsV2', { Bucket: 'nope' }), 'NoSuchBucket');
  });
});
