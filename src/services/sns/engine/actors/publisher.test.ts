import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

const topicArn = (name: string) => `arn:aws:sns:us-east-1:123456789012:${name}`;

describe('publisher', () => {
  it('publishes at its rate with templated messages and attributes, then stops at MaxMessages', async () => {
    const w = world();
    await w.engine.call('sns', 'CreateTopic', { Name: 'orders' });
    await w.actor('shop', 'publisher', {
      TopicArn: topicArn('orders'),
      MessagesPerSecond: 2,
      BodyTemplate: 'order {n}',
      Subject: 'Order {n}',
      MessageAttributes: { type: '{cycle:physical,digital,gift}' },
      MaxMessages: 5,
    });
    w.run(10_000);
    const published = w.of('sns/published', { by: 'shop' });
    expect(published.map((e) => e.at - published[0]!.at)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(w.of('actor/finished', { actor: 'shop' })).toHaveLength(1);
    expect((await w.describe('shop')).Gauges).toMatchObject({ Published: 5, Failed: 0 });
  });

  it('gives FIFO messages their group ids in turn, and counts each refusal', async () => {
    const w = world();
    await w.engine.call('sns', 'CreateTopic', {
      Name: 'orders.fifo',
      Attributes: { FifoTopic: 'true' },
    });
    await w.actor('shop', 'publisher', {
      TopicArn: topicArn('orders.fifo'),
      MessagesPerSecond: 1,
      GroupIdPattern: { Mode: 'round-robin', Groups: 2 },
      DeduplicationIdTemplate: 'order-{n}',
      MaxMessages: 3,
    });
    // [D] Publish to a FIFO topic without a MessageGroupId is refused.
    await w.actor('careless', 'publisher', {
      TopicArn: topicArn('orders.fifo'),
      MessagesPerSecond: 1,
      MaxMessages: 2,
    });
    w.run(5_000);
    const groups = w
      .of('sns/published', { by: 'shop' })
      .map((e) => (e as { groupId?: string }).groupId);
    expect(groups).toEqual(['group-1', 'group-2', 'group-1']);
    const failed = w.of('actor/publish-failed', { actor: 'careless' });
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({
      error: 'InvalidParameterException',
      message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
    });
    expect((await w.describe('careless')).Gauges).toMatchObject({ Published: 0, Failed: 2 });
  });

  it('rejects bad config naming each wrong field', async () => {
    const w = world();
    const error = await w.engine
      .call('playground', 'CreateActor', {
        ActorId: 'p',
        Kind: 'publisher',
        Config: { MessagesPerSecond: 0, Subject: 'x'.repeat(100), Colour: 'red' },
      })
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ValidationException' });
    const message = (error as Error).message;
    expect(message).toMatch(/TopicArn is required/);
    expect(message).toMatch(/MessagesPerSecond must be a number more than 0/);
    expect(message).toMatch(/Subject/);
    expect(message).toMatch(/Colour is not a known setting/);
  });
});
