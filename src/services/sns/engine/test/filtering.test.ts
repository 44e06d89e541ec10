import { describe, expect, it } from 'vitest';
import { explain } from '../../../../engine';
import { expectRefusal, snsWorld, subscriptionAttributes, type SnsWorld } from './snsWorld';

const str = (StringValue: string) => ({ DataType: 'String', StringValue });

/**
 * Topic "t" with two queues: "cars" filters on the attribute kind, "big" on the body's
 * order.total (raw delivery, so a received body is the message itself).
 */
async function twoFilters() {
  const w = snsWorld();
  const topic = await w.topic('t');
  const cars = await w.queue('cars', { allow: [topic] });
  const big = await w.queue('big', { allow: [topic] });
  await w.subscribeQueue(topic, 'cars', { FilterPolicy: '{"kind":["car","van"]}' });
  await w.subscribeQueue(topic, 'big', {
    FilterPolicy: '{"order":{"total":[{"numeric":[">=",100]}]}}',
    FilterPolicyScope: 'MessageBody',
    RawMessageDelivery: 'true',
  });
  return { w, topic, cars, big };
}

const bodies = async (w: SnsWorld, url: string) =>
  (await w.receive(url)).map((m) => {
    const body = JSON.parse(m.Body) as { Message?: string };
    return typeof body.Message === 'string' ? body.Message : m.Body;
  });

describe('filter policies decide what each subscription receives (reference 3)', () => {
  it('each queue gets exactly the messages its policy matches', async () => {
    const { w, topic, cars, big } = await twoFilters();
    const order = (total: number) => JSON.stringify({ order: { total } });
    await w.publish(topic, order(150), { MessageAttributes: { kind: str('car') } });
    await w.publish(topic, order(20), { MessageAttributes: { kind: str('van') } });
    await w.publish(topic, order(500), { MessageAttributes: { kind: str('bike') } });
    await w.publish(topic, order(100));
    await w.publish(topic, 'not json', { MessageAttributes: { kind: str('car') } });
    w.run(1000);
    expect((await bodies(w, cars)).sort()).toEqual([order(150), order(20), 'not json'].sort());
    expect((await bodies(w, big)).sort()).toEqual([order(150), order(500), order(100)].sort());
    expect(w.of('sns/delivered')).toHaveLength(6);
    expect(w.of('sns/filtered-out')).toHaveLength(4);
  });

  it('CloudWatch counts filtered-out notifications by kind', async () => {
    const { w, topic } = await twoFilters();
    // cars: no attributes; big: body matches.
    await w.publish(topic, '{"order":{"total":300}}');
    // cars: no match; big: body is not JSON.
    await w.publish(topic, 'plain', { MessageAttributes: { kind: str('bike') } });
    // cars: an unreadable attribute; big: no match.
    await w.publish(topic, '{"order":{"total":1}}', {
      MessageAttributes: { kind: str('car'), tags: { DataType: 'String.Array', StringValue: 'x' } },
    });
    w.run(1000);
    expect(w.engine.gauges().sns.t).toMatchObject({
      NumberOfNotificationsDelivered: 1,
      NumberOfNotificationsFilteredOut: 2,
      'NumberOfNotificationsFilteredOut-MessageAttributes': 1,
      'NumberOfNotificationsFilteredOut-MessageBody': 1,
      'NumberOfNotificationsFilteredOut-NoMessageAttributes': 1,
      'NumberOfNotificationsFilteredOut-InvalidAttributes': 1,
      'NumberOfNotificationsFilteredOut-InvalidMessageBody': 1,
    });
    const reasons = w
      .of('sns/filtered-out')
      .map((e) => `${e.n} ${e.endpoint.split(':').at(-1)} ${e.reason}`);
    expect(reasons.sort()).toEqual([
      '1 cars no-attributes',
      '2 big invalid-message-body',
      '2 cars no-match',
      '3 big no-match',
      '3 cars invalid-attributes',
    ]);
  });

  it('explains a filtered-out notification by the key that failed', async () => {
    const { w, topic } = await twoFilters();
    await w.publish(topic, '{"order":{"total":5}}', { MessageAttributes: { kind: str('bike') } });
    w.run(1000);
    const [cars, big] = w.of('sns/filtered-out');
    expect(cars?.endpoint).toMatch(/:cars$/);
    expect(explain(cars!)).toMatch(/^n-1 not sent to sqs endpoint .*:cars: Filtered out: .*kind/);
    expect(explain(cars!)).toContain('bike');
    expect(explain(big!)).toMatch(/Filtered out: .*order\.total/);
  });

  it('a policy set later filters the next messages; "" removes it again', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    const url = await w.queue('q', { allow: [topic] });
    const arn = await w.subscribeQueue(topic, 'q');
    const set = (AttributeName: string, AttributeValue: string) =>
      w.engine.call('sns', 'SetSubscriptionAttributes', {
        SubscriptionArn: arn,
        AttributeName,
        AttributeValue,
      });
    await set('FilterPolicy', '{"kind":["car"]}');
    await w.publish(topic, 'first');
    w.run(1000);
    await set('FilterPolicy', '');
    await w.publish(topic, 'second');
    w.run(1000);
    expect(await bodies(w, url)).toEqual(['second']);
  });
});

describe('filter policies are validated when set (reference 3.5)', () => {
  const subscribeWith = async (Attributes: Record<string, string>) => {
    const w = snsWorld();
    const topic = await w.topic('t');
    return w.subscribeQueue(topic, 'q', Attributes);
  };

  it("refuses a bad policy at Subscribe with AWS's text", async () => {
    await expectRefusal(
      subscribeWith({ FilterPolicy: '{"key":[{"exists":"no"}]}' }),
      'InvalidParameter',
      'Invalid parameter: Attributes Reason: FilterPolicy: exists match pattern must be either true or false.',
    );
    await expectRefusal(
      subscribeWith({ FilterPolicy: '{"a":{"b":["c"]}}' }),
      'InvalidParameter',
      'Invalid parameter: Attributes Reason: Filter policy scope MessageAttributes does not support nested filter policy',
    );
  });

  it('reads a policy under the scope Subscribe gives with it, in either order', async () => {
    const nested = '{"a":{"b":["c"]}}';
    const policyFirst = { FilterPolicy: nested, FilterPolicyScope: 'MessageBody' };
    const scopeFirst = { FilterPolicyScope: 'MessageBody', FilterPolicy: nested };
    expect(await subscribeWith(policyFirst)).toMatch(/^arn:aws:sns:/);
    expect(await subscribeWith(scopeFirst)).toMatch(/^arn:aws:sns:/);
  });

  it('refuses a bad policy, or a scope that breaks the policy, at SetSubscriptionAttributes', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    const arn = await w.subscribeQueue(topic, 'q');
    const set = (AttributeName: string, AttributeValue: string) =>
      w.engine.call('sns', 'SetSubscriptionAttributes', {
        SubscriptionArn: arn,
        AttributeName,
        AttributeValue,
      });
    await expectRefusal(
      set('FilterPolicy', '{"k":["a"],"l":["a"],"m":["a"],"n":["a"],"o":["a"],"p":["a"]}'),
      'InvalidParameter',
      'Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys',
    );
    await set('FilterPolicyScope', 'MessageBody');
    await set('FilterPolicy', '{"a":{"b":["c"]}}');
    await expectRefusal(
      set('FilterPolicyScope', 'MessageAttributes'),
      'InvalidParameter',
      'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy',
    );
    expect(await subscriptionAttributes(w, arn)).toMatchObject({
      FilterPolicy: '{"a":{"b":["c"]}}',
      FilterPolicyScope: 'MessageBody',
    });
  });
});
