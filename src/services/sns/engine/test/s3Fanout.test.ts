import { describe, expect, it } from 'vitest';
import { snsWorld, topicArn } from './snsWorld';

/** [D] The topic policy S3 needs: sns:Publish for s3.amazonaws.com from this bucket. */
const s3MayPublish = (topic: string, bucket: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'SNS:Publish',
        Resource: topic,
        Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${bucket}` } },
      },
    ],
  });

describe('S3 events fanned out through SNS to several queues (L29)', () => {
  it("delivers the bucket's events to every queue subscribed to the topic", async () => {
    const w = snsWorld();
    const topic = await w.topic('uploads');
    const urls = [
      await w.queue('thumbnails', { allow: [topic] }),
      await w.queue('audit', { allow: [topic] }),
    ];
    for (const queue of ['thumbnails', 'audit']) await w.subscribeQueue(topic, queue);
    await w.engine.call('s3', 'CreateBucket', { Bucket: 'photos' });
    const configure = () =>
      w.engine.call('s3', 'PutBucketNotificationConfiguration', {
        Bucket: 'photos',
        NotificationConfiguration: {
          TopicConfigurations: [{ TopicArn: topic, Events: ['s3:ObjectCreated:*'] }],
        },
      });
    // The default topic policy lets only the topic's own account publish: S3 is refused.
    await expect(configure()).rejects.toMatchObject({ name: 'InvalidArgument' });
    await w.engine.call('sns', 'SetTopicAttributes', {
      TopicArn: topic,
      AttributeName: 'Policy',
      AttributeValue: s3MayPublish(topic, 'photos'),
    });
    await configure();
    await w.engine.call('s3', 'PutObject', { Bucket: 'photos', Key: 'cat.jpg', Body: 'meow' });
    w.run(2000);
    for (const url of urls) {
      const bodies = (await w.receive(url)).map(
        (m) => JSON.parse(m.Body) as { Subject: string; Message: string },
      );
      expect(bodies.map((b) => b.Subject)).toEqual([
        'Amazon S3 Notification',
        'Amazon S3 Notification',
      ]);
      expect(bodies.map((b) => JSON.parse(b.Message) as Record<string, unknown>)).toMatchObject([
        { Event: 's3:TestEvent', Bucket: 'photos' },
        { Records: [{ eventName: 'ObjectCreated:Put', s3: { object: { key: 'cat.jpg' } } }] },
      ]);
    }
    expect(w.of('sns/published').map((e) => e.by)).toEqual([
      'arn:aws:s3:::photos',
      'arn:aws:s3:::photos',
    ]);
    expect(topicArn('uploads')).toBe(topic);
  });
});
