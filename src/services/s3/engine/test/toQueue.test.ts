import { describe, expect, it } from 'vitest';
import { explain, type Engine } from '../../../../engine';
import {
  ACCOUNT,
  bodies,
  bucket,
  configure,
  expectError,
  newEngine,
  ofType,
  put,
  queueArn,
  queueForBucket,
  s3MaySend,
} from './driver';

const UNVERIFIED = 'Unable to validate the following destination configurations';
const ON_CREATE = (id = 'to-uploads', extra = {}) => ({
  QueueConfigurations: [
    { Id: id, QueueArn: queueArn('uploads'), Events: ['s3:ObjectCreated:*'], ...extra },
  ],
});

/** Bucket "photos" sending object creations to queue "uploads", test event read and gone. */
async function wired(): Promise<{ engine: Engine; url: string }> {
  const engine = newEngine();
  await bucket(engine, 'photos');
  const url = await queueForBucket(engine, 'uploads', 'photos');
  await configure(engine, 'photos', {
    QueueConfigurations: [
      {
        Id: 'to-uploads',
        QueueArn: queueArn('uploads'),
        Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
      },
    ],
  });
  await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
  engine.drain();
  return { engine, url };
}

describe('S3 event notifications to an SQS queue', () => {
  it('sends the s3:TestEvent message when the configuration is put', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    const url = await queueForBucket(engine, 'uploads', 'photos');
    engine.advanceBy(1_234);
    await configure(engine, 'photos', ON_CREATE());
    expect(await bodies(engine, url)).toEqual([
      {
        Service: 'Amazon S3',
        Event: 's3:TestEvent',
        Time: '2025-01-01T00:00:01.234Z',
        Bucket: 'photos',
        RequestId: expect.stringMatching(/^[0-9A-F]{16}$/),
        HostId: expect.stringMatching(/^[A-Za-z0-9+/]{76}$/),
      },
    ]);
    expect(ofType(engine.drain(), 's3/test-event-sent')).toMatchObject([
      { bucket: 'photos', destination: queueArn('uploads'), kind: 'queue' },
    ]);
  });

  it('delivers the event record S3 sends, one second after PutObject', async () => {
    const { engine, url } = await wired();
    await put(engine, 'photos', 'albums/red flower.jpg', 'hello');
    engine.advanceBy(999);
    expect(await bodies(engine, url)).toEqual([]);
    engine.advanceBy(1);
    expect(await bodies(engine, url)).toEqual([
      {
        Records: [
          {
            eventVersion: '2.1',
            eventSource: 'aws:s3',
            awsRegion: 'us-east-1',
            eventTime: '2025-01-01T00:00:00.000Z',
            eventName: 'ObjectCreated:Put',
            userIdentity: { principalId: expect.stringMatching(/^AWS:AIDA[A-Z2-7]{17}$/) },
            requestParameters: { sourceIPAddress: '192.0.2.10' },
            responseElements: {
              'x-amz-request-id': expect.stringMatching(/^[0-9A-F]{16}$/),
              'x-amz-id-2': expect.stringMatching(/^[A-Za-z0-9+/]{76}$/),
            },
            s3: {
              s3SchemaVersion: '1.0',
              configurationId: 'to-uploads',
              bucket: {
                name: 'photos',
                ownerIdentity: { principalId: expect.stringMatching(/^A[A-Z2-7]{13}$/) },
                arn: 'arn:aws:s3:::photos',
              },
              object: {
                key: 'albums/red+flower.jpg',
                size: 5,
                eTag: '5d41402abc4b2a76b9719d911017c592',
                sequencer: expect.stringMatching(/^[0-9A-F]{18}$/),
              },
            },
          },
        ],
      },
    ]);
    const [delivered] = ofType(engine.drain(), 's3/event-delivered');
    expect(delivered).toMatchObject({
      at: engine.now() - 0,
      sentAt: engine.now() - 1000,
      key: 'albums/red flower.jpg',
      eventName: 'ObjectCreated:Put',
      destination: queueArn('uploads'),
      messageId: expect.any(String),
    });
    expect(explain(delivered!)).toBe(
      'ObjectCreated:Put event for albums/red flower.jpg in photos delivered to queue uploads (configuration to-uploads), 1 s after the change.',
    );
  });

  it('tells removals with the key and sequencer only, and keeps each key’s sequencers growing', async () => {
    const { engine, url } = await wired();
    await put(engine, 'photos', 'a.jpg');
    await engine.call('s3', 'DeleteObjects', {
      Bucket: 'photos',
      Delete: { Objects: [{ Key: 'a.jpg' }, { Key: 'never-there' }] },
    });
    engine.advanceBy(1000);
    const records = (await bodies(engine, url)) as {
      Records: { eventName: string; s3: { object: Record<string, unknown> } }[];
    }[];
    const [created, removed] = records.map((r) => r.Records[0]!);
    expect(records).toHaveLength(2);
    expect(removed?.eventName).toBe('ObjectRemoved:Delete');
    expect(Object.keys(removed!.s3.object)).toEqual(['key', 'sequencer']);
    expect(String(removed!.s3.object.sequencer) > String(created!.s3.object.sequencer)).toBe(true);
  });

  it('encodes keys as S3 does and matches filters written that way', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    const url = await queueForBucket(engine, 'uploads', 'photos');
    await configure(
      engine,
      'photos',
      ON_CREATE('spaced', {
        Filter: {
          Key: {
            FilterRules: [
              { Name: 'Prefix', Value: 'my+photos/' },
              { Name: 'Suffix', Value: '.jpg' },
            ],
          },
        },
      }),
    );
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    await put(engine, 'photos', 'my photos/été=1 (2)*~.jpg');
    await put(engine, 'photos', 'my-photos/skipped.jpg');
    await put(engine, 'photos', 'my photos/skipped.png');
    engine.advanceBy(1000);
    const records = (await bodies(engine, url)) as {
      Records: { s3: { object: { key: string } } }[];
    }[];
    expect(records.map((r) => r.Records[0]?.s3.object.key)).toEqual([
      'my+photos/%C3%A9t%C3%A9%3D1+%282%29*%7E.jpg',
    ]);
  });

  it('sends nothing for an event type no configuration selects', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    const url = await queueForBucket(engine, 'uploads', 'photos');
    await configure(engine, 'photos', {
      QueueConfigurations: [{ QueueArn: queueArn('uploads'), Events: ['s3:ObjectRemoved:Delete'] }],
    });
    await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    await put(engine, 'photos', 'a');
    engine.advanceBy(5_000);
    expect(await bodies(engine, url)).toEqual([]);
    expect(ofType(engine.drain(), 's3/object-created')).toMatchObject([{ notifications: 0 }]);
  });
});

describe('the queue policy decides (S3 sends as s3.amazonaws.com for the bucket)', () => {
  it('refuses the configuration when the policy has no statement for S3', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
      QueueName: 'uploads',
    });
    await expectError(configure(engine, 'photos', ON_CREATE()), 'InvalidArgument', UNVERIFIED);
    const [unverified] = ofType(engine.drain(), 's3/destination-unverified');
    expect(unverified).toMatchObject({
      destination: queueArn('uploads'),
      reason:
        'Permissions on the destination queue do not allow S3 to publish notifications from this bucket',
    });
    expect(explain(unverified!)).toContain('s3.amazonaws.com to sqs:SendMessage');
    expect(
      await engine.call('s3', 'GetBucketNotificationConfiguration', { Bucket: 'photos' }),
    ).toEqual({});
    expect(await bodies(engine, QueueUrl)).toEqual([]);
  });

  it('refuses a queue that does not exist, in S3’s words', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    await expectError(configure(engine, 'photos', ON_CREATE()), 'InvalidArgument', UNVERIFIED);
    expect(ofType(engine.drain(), 's3/destination-unverified')).toMatchObject([
      { reason: 'The destination queue does not exist' },
    ]);
  });

  it('lets S3 in for the bucket and the account its conditions name, no other', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    await bucket(engine, 'other');
    await engine.call('sqs', 'CreateQueue', {
      QueueName: 'uploads',
      Attributes: {
        Policy: s3MaySend('uploads', {
          ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::photos' },
          StringEquals: { 'aws:SourceAccount': ACCOUNT },
        }),
      },
    });
    await configure(engine, 'photos', ON_CREATE());
    await expectError(configure(engine, 'other', ON_CREATE()), 'InvalidArgument', UNVERIFIED);
  });

  it('a policy changed afterwards makes a failed delivery in the log, not an error', async () => {
    const { engine, url } = await wired();
    await engine.call('sqs', 'SetQueueAttributes', { QueueUrl: url, Attributes: { Policy: '' } });
    await put(engine, 'photos', 'a.jpg');
    engine.advanceBy(1000);
    expect(await bodies(engine, url)).toEqual([]);
    const [failed] = ofType(engine.drain(), 's3/delivery-failed');
    expect(failed).toMatchObject({ error: 'AccessDenied', key: 'a.jpg' });
    expect(explain(failed!)).toContain('The event is lost');
  });

  it('a deleted queue makes a failed delivery too', async () => {
    const { engine, url } = await wired();
    await engine.call('sqs', 'DeleteQueue', { QueueUrl: url });
    await put(engine, 'photos', 'a.jpg');
    engine.advanceBy(1000);
    expect(ofType(engine.drain(), 's3/delivery-failed')).toMatchObject([
      { error: 'QueueDoesNotExist' },
    ]);
  });

  it('SkipDestinationValidation takes the configuration unchecked, and sends no test event', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
      QueueName: 'uploads',
    });
    await configure(engine, 'photos', ON_CREATE(), { SkipDestinationValidation: true });
    expect(await bodies(engine, QueueUrl)).toEqual([]);
    await put(engine, 'photos', 'a.jpg');
    engine.advanceBy(1000);
    expect(ofType(engine.drain(), 's3/delivery-failed')).toMatchObject([{ error: 'AccessDenied' }]);
  });
});
