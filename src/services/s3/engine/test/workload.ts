import { expect } from 'vitest';
import type { EngineEvent } from '../../../../engine';
import type { Random } from '../../../../engine/testing/random';
import type { RecordedCall, TestWorld } from '../../../../engine/testing/testWorld';
import type { Call, Workload } from '../../../../engine/testing/workload';
import { DELIVERY_DELAY_MS } from '../notifications/notify';
import { queueArn, s3MaySend } from './driver';

/** Buckets and keys the calls name: "Bad_Name" is no bucket name, "nobody/here" never exists. */
const BUCKETS = ['photos', 'photos', 'logs', 'archive', 'Bad_Name'];
const KEYS = ['img/a.jpg', 'img/b.png', 'img/sub/c.jpg', 'doc/d.txt', 'e.txt', 'nobody/here'];

/** Where photos' notifications go: creations and removals under img/ (a queue S3 may send to). */
const TO_UPLOADS = {
  QueueConfigurations: [
    {
      Id: 'to-uploads',
      QueueArn: queueArn('uploads'),
      Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
      Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'img/' }] } },
    },
  ],
};
/** Others: text files only; none; a function (named, not run); a queue that is not there. */
const CONFIGURATIONS = [
  TO_UPLOADS,
  {
    QueueConfigurations: [
      {
        QueueArn: queueArn('uploads'),
        Events: ['s3:ObjectCreated:Put'],
        Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.txt' }] } },
      },
    ],
  },
  {},
  {
    LambdaFunctionConfigurations: [
      {
        LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:thumbnails',
        Events: ['s3:ObjectRemoved:*'],
      },
    ],
  },
  { QueueConfigurations: [{ QueueArn: queueArn('nowhere'), Events: ['s3:ObjectCreated:*'] }] },
];

interface Known {
  /** ListObjectsV2 requests a truncated answer invites: the next page. */
  pages: Record<string, unknown>[];
  /** Objects PutObject made (some deleted since). */
  objects: { Bucket: string; Key: string }[];
  made: number;
}

type Maker = (random: Random, known: Known) => Record<string, unknown>;
const inBucket = (random: Random) => ({ Bucket: random.pick(BUCKETS) });
const atKey = (random: Random) => ({ ...inBucket(random), Key: random.pick(KEYS) });
/** Mostly an object that was put. */
const anObject: Maker = (random, known) =>
  (random.chance(0.7) ? random.pick(known.objects) : undefined) ?? atKey(random);
const MAKERS: Record<string, Maker> = {
  CreateBucket: inBucket,
  // Buckets photos' notifications leave alone: empty now and then, so the delete goes through.
  DeleteBucket: (random) => ({ Bucket: random.pick(['logs', 'archive']) }),
  ListBuckets: () => ({}),
  PutObject: (random, known) => ({ ...atKey(random), Body: 'x'.repeat(known.made++ % 7) }),
  GetObject: anObject,
  HeadObject: anObject,
  DeleteObject: anObject,
  DeleteObjects: (random) => ({
    ...inBucket(random),
    Delete: { Objects: [{ Key: random.pick(KEYS) }, { Key: random.pick(KEYS) }] },
  }),
  ListObjectsV2: (random) => ({
    ...inBucket(random),
    ...(random.chance(0.5) ? { Prefix: random.pick(['img/', 'doc/', 'e']) } : {}),
    ...(random.chance(0.5) ? { Delimiter: '/' } : {}),
    MaxKeys: random.int(1, 3),
  }),
  PutBucketNotificationConfiguration: (random) => ({
    ...inBucket(random),
    NotificationConfiguration: random.pick(CONFIGURATIONS),
  }),
  GetBucketNotificationConfiguration: inBucket,
};
const WEIGHTS = Object.keys(MAKERS).map(
  (action) =>
    [
      ({ PutObject: 5, DeleteObject: 2, DeleteBucket: 2 } as Record<string, number>)[action] ?? 1,
      action,
    ] as const,
);

/** The keys and sizes each bucket holds, as the answers say. */
function bucketsAnswered(calls: readonly RecordedCall[]): Map<string, Map<string, number>> {
  const buckets = new Map<string, Map<string, number>>();
  for (const { action, input, outcome } of calls) {
    if (outcome?.ok !== true) continue;
    const { Bucket, Key, Body, Delete } = input as {
      Bucket: string;
      Key: string;
      Body: string;
      Delete: { Objects: { Key: string }[] };
    };
    // In us-east-1 re-creating a bucket you own succeeds and keeps what it holds.
    if (action === 'CreateBucket' && !buckets.has(Bucket)) buckets.set(Bucket, new Map());
    if (action === 'DeleteBucket') buckets.delete(Bucket);
    if (action === 'PutObject') buckets.get(Bucket)?.set(Key, Body.length);
    if (action === 'DeleteObject') buckets.get(Bucket)?.delete(Key);
    if (action === 'DeleteObjects')
      for (const o of Delete.Objects) buckets.get(Bucket)?.delete(o.Key);
  }
  return buckets;
}

/** Every notification an object change announced, once it is due, arrived once. */
function undelivered(log: readonly EngineEvent[], now: number): string[] {
  const count = new Map<string, number>();
  const tally = (key: string, n: number) => count.set(key, (count.get(key) ?? 0) + n);
  for (const e of log) {
    if (e.type === 's3/object-created' || e.type === 's3/object-removed') {
      if (e.at + DELIVERY_DELAY_MS <= now) tally(`${e.bucket} ${e.key} ${e.at}`, e.notifications);
    } else if (
      e.type === 's3/event-delivered' ||
      e.type === 's3/delivery-failed' ||
      e.type === 's3/lambda-not-invoked'
    )
      tally(`${e.bucket} ${e.key} ${e.sentAt}`, -1);
  }
  return [...count].filter(([, n]) => n !== 0).map(([what, n]) => `${what}: ${n} not arrived`);
}

async function check(world: TestWorld): Promise<void> {
  const gauges = world.gauges().s3;
  const answered = bucketsAnswered(world.calls);
  expect(Object.keys(gauges).sort()).toEqual([...answered.keys()].sort());
  for (const [Bucket, objects] of answered) {
    const { Contents = [] } = await world.engine.call<{
      Contents?: { Key: string; Size: number }[];
    }>('s3', 'ListObjectsV2', { Bucket });
    expect(Contents.map((o) => [o.Key, o.Size])).toEqual([...objects].sort());
    const bytes = [...objects.values()].reduce((sum, size) => sum + size, 0);
    expect(gauges[Bucket]).toEqual({ NumberOfObjects: objects.size, BucketSizeBytes: bytes });
  }
  expect(undelivered(world.log, world.now)).toEqual([]);
  // Nobody reads the queue: it holds each test event and each notification delivered to it.
  const delivered = world.log.filter(
    (e) =>
      (e.type === 's3/event-delivered' || e.type === 's3/test-event-sent') &&
      e.destination === queueArn('uploads'),
  ).length;
  const queue = world.gauges().sqs.uploads;
  expect(queue?.ApproximateNumberOfMessagesVisible).toBe(delivered);
}

/** S3's calls for the engine-wide properties: buckets, objects, listings and notifications. */
export const workload: Workload<Known> = {
  service: 's3',
  steps: 100,
  setup: [
    {
      service: 'sqs',
      action: 'CreateQueue',
      input: {
        QueueName: 'uploads',
        Attributes: {
          Policy: s3MaySend('uploads', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:photos' } }),
        },
      },
    },
    { service: 's3', action: 'CreateBucket', input: { Bucket: 'photos' } },
    {
      service: 's3',
      action: 'PutBucketNotificationConfiguration',
      input: { Bucket: 'photos', NotificationConfiguration: TO_UPLOADS },
    },
  ] satisfies Call[],
  shows: [
    's3/bucket-created',
    's3/bucket-deleted',
    's3/object-created',
    's3/object-removed',
    's3/notifications-configured',
    's3/test-event-sent',
    's3/event-delivered',
    's3/lambda-not-invoked',
  ],
  start: () => ({ pages: [], objects: [], made: 0 }),
  learn(known, { action, input, outcome }) {
    const value = outcome?.ok === true ? (outcome.value as Record<string, unknown>) : {};
    const { Bucket, Key } = input as { Bucket: string; Key: string };
    if (action === 'PutObject' && outcome?.ok === true) known.objects.push({ Bucket, Key });
    if (action === 'ListObjectsV2' && typeof value.NextContinuationToken === 'string')
      known.pages.push({
        ...(input as Record<string, unknown>),
        ContinuationToken: value.NextContinuationToken,
      });
  },
  next(random, known) {
    const page = random.chance(0.5) ? known.pages.pop() : undefined;
    if (page !== undefined) return { service: 's3', action: 'ListObjectsV2', input: page };
    const action = random.weighted(WEIGHTS);
    return { service: 's3', action, input: (MAKERS[action] as Maker)(random, known) };
  },
  pause: (random) => (random.chance(0.5) ? 0 : random.int(0, 3_000)),
  check,
};
