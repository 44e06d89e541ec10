import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketNotificationConfigurationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  NoSuchBucket,
  NoSuchKey,
  PutBucketNotificationConfigurationCommand,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../engine';
import { clientConfig } from '../../../sdk/clientConfig';

/**
 * The real S3 client (REST-XML: bucket in the host or the path, object bytes in the body, XML
 * listings and errors) against the engine, with the real SQS client reading S3's events.
 */
const ACCOUNT = '123456789012';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

/** Both addressing styles: bucket.s3.us-east-1.amazonaws.com/key and s3.…/bucket/key. */
const STYLES = [
  { style: 'virtual-hosted', forcePathStyle: false },
  { style: 'path', forcePathStyle: true },
];

const utf8 = (text: string) => new TextEncoder().encode(text);

function s3(engine: Engine, forcePathStyle = false): S3Client {
  return new S3Client({ ...clientConfig(engine), forcePathStyle });
}

describe('the AWS SDK v3 S3 client against the engine', () => {
  it.each(STYLES)('writes and reads back bytes and metadata ($style style)', async (options) => {
    const engine = createEngine();
    const client = s3(engine, options.forcePathStyle);
    await client.send(new CreateBucketCommand({ Bucket: 'photos' }));
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    const put = await client.send(
      new PutObjectCommand({
        Bucket: 'photos',
        Key: 'albums/red flower & co.jpg',
        Body: bytes,
        ContentType: 'image/jpeg',
        Metadata: { Camera: 'X100' },
      }),
    );
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    const got = await client.send(
      new GetObjectCommand({ Bucket: 'photos', Key: 'albums/red flower & co.jpg' }),
    );
    expect(await got.Body?.transformToByteArray()).toEqual(bytes);
    expect(got).toMatchObject({
      ETag: put.ETag,
      ContentLength: 7,
      ContentType: 'image/jpeg',
      Metadata: { camera: 'X100' },
      ServerSideEncryption: 'AES256',
    });
    expect(got.LastModified).toEqual(new Date('2025-01-01T00:00:00.000Z'));
    const head = await client.send(
      new HeadObjectCommand({ Bucket: 'photos', Key: 'albums/red flower & co.jpg' }),
    );
    expect(head.ContentLength).toBe(7);
  });

  it('stores a streamed upload (sent aws-chunked, with a trailing checksum) as its bytes', async () => {
    const engine = createEngine();
    const client = s3(engine);
    await client.send(new CreateBucketCommand({ Bucket: 'logs' }));
    // In Node the SDK streams a stream.Readable (the app's typecheck has no Node types).
    const { Readable } = (await import('node:stream' as string)) as {
      Readable: { from(chunks: Uint8Array[]): PutObjectCommandInput['Body'] };
    };
    const Body = Readable.from([utf8('first line\r\n'), utf8('second line')]);
    await client.send(new PutObjectCommand({ Bucket: 'logs', Key: 'today.log', Body }));
    const got = await client.send(new GetObjectCommand({ Bucket: 'logs', Key: 'today.log' }));
    expect(await got.Body?.transformToString()).toBe('first line\r\nsecond line');
    expect(got.ContentLength).toBe(23);
  });

  it('lists under a prefix, page by page with the continuation token', async () => {
    const engine = createEngine();
    const client = s3(engine);
    await client.send(new CreateBucketCommand({ Bucket: 'logs' }));
    for (const Key of ['2025/a.log', '2025/b.log', '2025/c.log', '2026/d.log', 'top.txt'])
      await client.send(new PutObjectCommand({ Bucket: 'logs', Key, Body: `text of ${Key}` }));
    const first = await client.send(
      new ListObjectsV2Command({ Bucket: 'logs', Prefix: '2025/', MaxKeys: 2 }),
    );
    expect(first.Contents?.map((o) => o.Key)).toEqual(['2025/a.log', '2025/b.log']);
    expect(first).toMatchObject({ IsTruncated: true, KeyCount: 2, MaxKeys: 2, Prefix: '2025/' });
    expect(first.Contents?.[0]).toMatchObject({ Size: 18, StorageClass: 'STANDARD' });
    const second = await client.send(
      new ListObjectsV2Command({
        Bucket: 'logs',
        Prefix: '2025/',
        MaxKeys: 2,
        ContinuationToken: first.NextContinuationToken,
      }),
    );
    expect(second.Contents?.map((o) => o.Key)).toEqual(['2025/c.log']);
    expect(second.IsTruncated).toBe(false);
    const folders = await client.send(new ListObjectsV2Command({ Bucket: 'logs', Delimiter: '/' }));
    expect(folders.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['2025/', '2026/']);
    expect(folders.Contents?.map((o) => o.Key)).toEqual(['top.txt']);
  });

  it('deletes a batch of keys, then the empty bucket; lists the buckets left', async () => {
    const engine = createEngine();
    const client = s3(engine);
    for (const Bucket of ['photos', 'archive'])
      await client.send(new CreateBucketCommand({ Bucket }));
    for (const Key of ['a.jpg', 'b.jpg'])
      await client.send(new PutObjectCommand({ Bucket: 'photos', Key, Body: Key }));
    const full = await client
      .send(new DeleteBucketCommand({ Bucket: 'photos' }))
      .catch((e: unknown) => e);
    expect(full).toMatchObject({ name: 'BucketNotEmpty', $metadata: { httpStatusCode: 409 } });
    const { Deleted } = await client.send(
      new DeleteObjectsCommand({
        Bucket: 'photos',
        Delete: { Objects: [{ Key: 'a.jpg' }, { Key: 'b.jpg' }] },
      }),
    );
    expect(Deleted?.map((d) => d.Key)).toEqual(['a.jpg', 'b.jpg']);
    await client.send(new DeleteBucketCommand({ Bucket: 'photos' }));
    const { Buckets, Owner } = await client.send(new ListBucketsCommand({}));
    expect(Buckets?.map((b) => b.Name)).toEqual(['archive']);
    expect(Buckets?.[0]?.CreationDate).toEqual(new Date('2025-01-01T00:00:00.000Z'));
    expect(Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends the S3 event to the configured queue after PutObject', async () => {
    const engine = createEngine();
    const client = s3(engine);
    const sqs = new SQSClient(clientConfig(engine));
    await client.send(new CreateBucketCommand({ Bucket: 'uploads' }));
    const Policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 's3.amazonaws.com' },
          Action: 'SQS:SendMessage',
          Resource: queueArn('new-uploads'),
          Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:uploads' } },
        },
      ],
    });
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: 'new-uploads', Attributes: { Policy } }),
    );
    const NotificationConfiguration = {
      QueueConfigurations: [
        {
          Id: 'images',
          QueueArn: queueArn('new-uploads'),
          Events: ['s3:ObjectCreated:*' as const],
          Filter: { Key: { FilterRules: [{ Name: 'suffix' as const, Value: '.png' }] } },
        },
      ],
    };
    await client.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: 'uploads',
        NotificationConfiguration,
      }),
    );
    const read = await client.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: 'uploads' }),
    );
    expect(read.QueueConfigurations).toEqual([
      {
        Id: 'images',
        QueueArn: queueArn('new-uploads'),
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'Suffix', Value: '.png' }] } },
      },
    ]);
    await client.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'cat.png', Body: 'meow' }));
    await client.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'notes.txt', Body: 'no' }));
    engine.advanceBy(1_000);
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }),
    );
    const bodies = Messages.map((m) => JSON.parse(m.Body ?? '') as Record<string, unknown>);
    expect(bodies).toEqual([
      expect.objectContaining({ Event: 's3:TestEvent', Bucket: 'uploads' }),
      {
        Records: [
          expect.objectContaining({
            eventName: 'ObjectCreated:Put',
            s3: expect.objectContaining({
              configurationId: 'images',
              bucket: expect.objectContaining({ name: 'uploads' }),
              object: expect.objectContaining({ key: 'cat.png', size: 4 }),
            }),
          }),
        ],
      },
    ]);
  });

  it("answers errors as the SDK's exception classes, with S3's codes, texts and statuses", async () => {
    const engine = createEngine();
    const client = s3(engine);
    await client.send(new CreateBucketCommand({ Bucket: 'photos' }));
    const noKey = await client
      .send(new GetObjectCommand({ Bucket: 'photos', Key: 'missing.jpg' }))
      .catch((e: unknown) => e);
    expect(noKey).toBeInstanceOf(NoSuchKey);
    expect(noKey).toMatchObject({
      message: 'The specified key does not exist.',
      Key: 'missing.jpg',
      $metadata: { httpStatusCode: 404 },
    });
    const noBucket = await client
      .send(new DeleteObjectCommand({ Bucket: 'nope', Key: 'a' }))
      .catch((e: unknown) => e);
    expect(noBucket).toBeInstanceOf(NoSuchBucket);
    expect(noBucket).toMatchObject({
      message: 'The specified bucket does not exist',
      $metadata: { httpStatusCode: 404 },
    });
    const head = await client
      .send(new HeadObjectCommand({ Bucket: 'photos', Key: 'missing.jpg' }))
      .catch((e: unknown) => e);
    expect(head).toBeInstanceOf(S3ServiceException);
    expect(head).toMatchObject({ name: 'NotFound', $metadata: { httpStatusCode: 404 } });
    const copy = await client
      .send(new CopyObjectCommand({ Bucket: 'photos', Key: 'b', CopySource: 'photos/a' }))
      .catch((e: unknown) => e);
    expect(copy).toMatchObject({ name: 'NotImplemented', $metadata: { httpStatusCode: 501 } });
  });
});
