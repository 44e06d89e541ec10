import { describe, expect, it } from 'vitest';
import { EPOCH_START, explain, trace, type Engine } from '../../../../engine';
import { bucket, configure, newEngine, put, queueArn, queueForBucket } from './driver';

/** A bucket notifying a queue, two objects written and one removed: deliveries on their way. */
async function busy(): Promise<Engine> {
  const engine = newEngine();
  await bucket(engine, 'photos');
  await queueForBucket(engine, 'uploads', 'photos');
  await configure(engine, 'photos', {
    QueueConfigurations: [
      { QueueArn: queueArn('uploads'), Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] },
    ],
  });
  await put(engine, 'photos', 'a.jpg', 'one');
  engine.advanceBy(300);
  await put(engine, 'photos', 'b.jpg', new Uint8Array([1, 2, 3]));
  await engine.call('s3', 'DeleteObject', { Bucket: 'photos', Key: 'a.jpg' });
  return engine;
}

describe('S3 in a snapshot', () => {
  it('keeps buckets, objects and deliveries on their way: a restore replays the same future', async () => {
    const engine = await busy();
    engine.drain();
    const snapshot = engine.snapshot();
    engine.advanceBy(2_000);
    const first = engine.drain();
    const listing = await engine.call('s3', 'ListObjectsV2', { Bucket: 'photos' });
    expect(first.filter((e) => e.type === 's3/event-delivered')).toHaveLength(3);

    const other = newEngine();
    other.restore(snapshot);
    other.advanceBy(2_000);
    expect(other.drain()).toEqual(first);
    expect(await other.call('s3', 'ListObjectsV2', { Bucket: 'photos' })).toEqual(listing);
    expect(await other.call('s3', 'GetObject', { Bucket: 'photos', Key: 'b.jpg' })).toMatchObject({
      Body: new Uint8Array([1, 2, 3]),
    });
  });

  it('gives the same log however the clock is advanced, and explains every event', async () => {
    const whole = await busy();
    whole.advanceBy(3_000);
    const sliced = await busy();
    while (sliced.now() + 7 < whole.now()) sliced.advanceBy(7);
    sliced.advanceTo(whole.now());
    const log = whole.drain();
    expect(sliced.drain()).toEqual(log);
    const text = trace(log, EPOCH_START);
    expect(text).not.toMatch(/undefined|\[object/);
    for (const event of log.filter((e) => e.type.startsWith('s3/')))
      expect(explain(event)).toContain('photos');
  });
});
