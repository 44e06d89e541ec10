import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../../engine/core/errors';
import { createWorld } from '../../../../engine/engine';
import { explain, type Engine } from '../../../../engine';
import { defineService } from '../../../../engine/plugin';
import { Sim } from '../../../../engine/sim';
import { services } from '../../../engine';
import { bucket, configure, expectError, newEngine, ofType, put } from './driver';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:uploads';
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:resize';

/**
 * A stand-in for SNS (built beside this service): Publish records what it got and who sent it,
 * and refuses a topic it does not have, as NotFound.
 */
function worldWithTopic(): { engine: Engine; published: Record<string, unknown>[] } {
  const published: Record<string, unknown>[] = [];
  const sns = defineService({
    name: 'sns',
    actions: {
      Publish(_sim, input, replyTo) {
        const message = input as Record<string, unknown>;
        if (message.TopicArn !== TOPIC) throw new AwsError('NotFound', 'Topic does not exist');
        published.push({ ...message, from: Sim.identity(replyTo) });
        return { MessageId: `sns-${published.length}` };
      },
    },
  });
  return { engine: createWorld({ seed: 3 }, [...withoutSns, sns]), published };
}

/** The door's services but SNS, whether or not it has joined them yet. */
const withoutSns = services.filter((s) => s.name !== 'sns');

describe('S3 event notifications to an SNS topic', () => {
  it('publishes the test event and each event to the topic, as S3 for the bucket', async () => {
    const { engine, published } = worldWithTopic();
    await bucket(engine, 'photos');
    await configure(engine, 'photos', {
      TopicConfigurations: [{ Id: 'fan-out', TopicArn: TOPIC, Events: ['s3:ObjectCreated:*'] }],
    });
    await put(engine, 'photos', 'a.jpg');
    engine.advanceBy(1000);
    expect(
      published.map((p) => JSON.parse(String(p.Message)) as Record<string, unknown>),
    ).toMatchObject([
      { Event: 's3:TestEvent', Bucket: 'photos' },
      { Records: [{ eventName: 'ObjectCreated:Put', s3: { configurationId: 'fan-out' } }] },
    ]);
    expect(published[1]).toMatchObject({
      TopicArn: TOPIC,
      Subject: 'Amazon S3 Notification',
      from: {
        servicePrincipal: 's3.amazonaws.com',
        sourceArn: 'arn:aws:s3:::photos',
        sourceAccount: '123456789012',
      },
    });
    expect(ofType(engine.drain(), 's3/event-delivered')).toMatchObject([
      { kind: 'topic', destination: TOPIC, messageId: 'sns-2' },
    ]);
  });

  it('refuses a topic the SNS service does not have', async () => {
    const { engine } = worldWithTopic();
    await bucket(engine, 'photos');
    await expectError(
      configure(engine, 'photos', {
        TopicConfigurations: [{ TopicArn: `${TOPIC}-2`, Events: ['s3:ObjectCreated:*'] }],
      }),
      'InvalidArgument',
      'Unable to validate the following destination configurations',
    );
    expect(ofType(engine.drain(), 's3/destination-unverified')).toMatchObject([
      { reason: 'The destination topic does not exist' },
    ]);
  });

  it('without SNS in the world, a topic is refused; skipped validation makes a failed delivery, never a throw', async () => {
    const engine = createWorld({ seed: 3 }, withoutSns);
    await bucket(engine, 'photos');
    const config = { TopicConfigurations: [{ TopicArn: TOPIC, Events: ['s3:ObjectCreated:*'] }] };
    await expectError(
      configure(engine, 'photos', config),
      'InvalidArgument',
      'Unable to validate the following destination configurations',
    );
    expect(ofType(engine.drain(), 's3/destination-unverified')).toMatchObject([
      { reason: 'The destination topic does not exist' },
    ]);
    await configure(engine, 'photos', config, { SkipDestinationValidation: true });
    await put(engine, 'photos', 'a.jpg');
    engine.advanceBy(1000);
    const [failed] = ofType(engine.drain(), 's3/delivery-failed');
    expect(failed).toMatchObject({ kind: 'topic', error: 'UnknownOperationException' });
    expect(explain(failed!)).toContain('no SNS service');
  });
});

describe('S3 event notifications to a Lambda function', () => {
  it('names the function it would invoke: functions do not run in the playground yet', async () => {
    const engine = newEngine();
    await bucket(engine, 'photos');
    await configure(engine, 'photos', {
      LambdaFunctionConfigurations: [
        { Id: 'thumbs', LambdaFunctionArn: LAMBDA, Events: ['s3:ObjectCreated:Put'] },
      ],
    });
    expect(ofType(engine.drain(), 's3/test-event-sent')).toEqual([]);
    await put(engine, 'photos', 'a.jpg');
    engine.advanceBy(1000);
    const [held] = ofType(engine.drain(), 's3/lambda-not-invoked');
    expect(held).toMatchObject({ destination: LAMBDA, configurationId: 'thumbs', key: 'a.jpg' });
    expect(explain(held!)).toBe(
      'ObjectCreated:Put event for a.jpg in photos matched configuration thumbs for Lambda function resize: S3 would invoke it asynchronously, but Lambda functions do not run in the playground yet (they come later), so no code ran.',
    );
  });
});
