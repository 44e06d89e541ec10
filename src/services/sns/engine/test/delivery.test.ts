import { describe, expect, it } from 'vitest';
import { snsWorld, topicArn, type SnsWorld } from './snsWorld';

/** A topic "t" with a queue "q" subscribed (its policy lets the topic send). */
async function fanout(
  attributes?: Record<string, string>,
  topicAttributes?: Record<string, string>,
) {
  const w = snsWorld();
  const topic = await w.topic('t', topicAttributes);
  const url = await w.queue('q', { allow: [topic] });
  const subscription = await w.subscribeQueue(topic, 'q', attributes);
  return { w, topic, url, subscription };
}

async function onlyBody(w: SnsWorld, url: string): Promise<Record<string, unknown>> {
  const messages = await w.receive(url);
  expect(messages).toHaveLength(1);
  return JSON.parse(messages[0]?.Body as string) as Record<string, unknown>;
}

describe('delivery to an SQS queue in its JSON envelope (reference 2.4.1)', () => {
  it("arrives after Publish returns, a few tens of milliseconds later, in AWS's envelope", async () => {
    const { w, topic, url, subscription } = await fanout();
    const { MessageId } = await w.publish(topic, 'hello', {
      Subject: 'greeting',
      MessageAttributes: {
        attr1: { DataType: 'Number', StringValue: '99.12' },
        bin: { DataType: 'Binary', BinaryValue: new Uint8Array([2, 3, 4]) },
      },
    });
    expect(await w.receive(url)).toEqual([]);
    expect(w.of('sns/delivered')).toEqual([]);
    w.run(50);
    const [delivered] = w.of('sns/delivered');
    expect(delivered?.at).toBeGreaterThanOrEqual(w.engine.now() - 40);
    const messages = await w.receive(url);
    const body = JSON.parse(messages[0]?.Body as string) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'Type',
      'MessageId',
      'TopicArn',
      'Subject',
      'Message',
      'Timestamp',
      'SignatureVersion',
      'Signature',
      'SigningCertURL',
      'UnsubscribeURL',
      'MessageAttributes',
    ]);
    expect(body).toMatchObject({
      Type: 'Notification',
      MessageId,
      TopicArn: topic,
      Subject: 'greeting',
      Message: 'hello',
      Timestamp: '2025-01-01T00:00:00.000Z',
      SignatureVersion: '1',
      UnsubscribeURL: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscription}`,
      MessageAttributes: {
        attr1: { Type: 'Number', Value: '99.12' },
        bin: { Type: 'Binary', Value: 'AgME' },
      },
    });
    expect(body.Signature).toMatch(/^[A-Za-z0-9+/]{342}==$/);
    expect(body.SigningCertURL).toMatch(
      /^https:\/\/sns\.us-east-1\.amazonaws\.com\/SimpleNotificationService-[0-9a-f]{32}\.pem$/,
    );
    // The SQS message is SQS's own, with its own MessageId.
    expect(messages[0]?.MessageId).not.toBe(MessageId);
    expect(messages[0]?.Body).toContain('  "Type" : "Notification",\n');
  });

  it('writes the publish time with three fractional digits and omits Subject and attributes not given', async () => {
    const { w, topic, url } = await fanout();
    w.run(1234);
    await w.publish(topic, 'plain');
    w.run(100);
    const body = await onlyBody(w, url);
    expect(body.Timestamp).toBe('2025-01-01T00:00:01.234Z');
    expect(body).not.toHaveProperty('Subject');
    expect(body).not.toHaveProperty('MessageAttributes');
  });

  it("follows the topic's SignatureVersion, and the signature changes with the message", async () => {
    const { w, topic, url } = await fanout(undefined, { SignatureVersion: '2' });
    await w.publish(topic, 'one');
    await w.publish(topic, 'two');
    w.run(100);
    const bodies = (await w.receive(url)).map((m) => JSON.parse(m.Body) as Record<string, string>);
    expect(bodies.map((b) => b.SignatureVersion)).toEqual(['2', '2']);
    expect(bodies[0]?.Signature).not.toBe(bodies[1]?.Signature);
  });

  it('sends each protocol its own member of a JSON message structure, else "default"', async () => {
    const { w, topic, url } = await fanout();
    await w.publish(
      topic,
      JSON.stringify({ default: 'default field', sqs: '{"field": "value"}' }),
      { MessageStructure: 'json' },
    );
    w.run(100);
    expect((await onlyBody(w, url)).Message).toBe('{"field": "value"}');
    await w.publish(topic, JSON.stringify({ default: 'default field', sqs: 1 }), {
      MessageStructure: 'json',
    });
    w.run(100);
    expect((await onlyBody(w, url)).Message).toBe('default field');
  });

  it('forwards a MessageGroupId from a standard topic to a standard queue', async () => {
    const { w, topic, url } = await fanout();
    await w.publish(topic, 'grouped', { MessageGroupId: 'my-group-id-1' });
    w.run(100);
    expect((await w.receive(url))[0]?.Attributes?.MessageGroupId).toBe('my-group-id-1');
  });
});

describe('raw message delivery (reference 2.4.3)', () => {
  it('sends the message verbatim with the attributes as SQS message attributes', async () => {
    const { w, topic, url } = await fanout({ RawMessageDelivery: 'true' });
    await w.publish(topic, 'Test msg', {
      Subject: 'dropped',
      MessageAttributes: { attr1: { DataType: 'Number', StringValue: '99.12' } },
    });
    await w.publish(topic, 'bytes', {
      MessageAttributes: { store: { DataType: 'Binary', BinaryValue: new Uint8Array([2, 3, 4]) } },
    });
    w.run(100);
    const [first, second] = await w.receive(url);
    expect(first).toMatchObject({
      Body: 'Test msg',
      MD5OfMessageAttributes: 'd302007e9aa062660afc85fd0a482472',
      MessageAttributes: { attr1: { DataType: 'Number', StringValue: '99.12' } },
    });
    expect([...(second?.MessageAttributes?.store?.BinaryValue ?? [])]).toEqual([2, 3, 4]);
    expect(w.of('sns/delivered').map((e) => e.raw)).toEqual([true, true]);
  });
});

describe('fan-out', () => {
  it('gives every confirmed subscription its own copy; a pending one gets nothing', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    const urls = [await w.queue('a', { allow: [topic] }), await w.queue('b', { allow: [topic] })];
    await w.subscribeQueue(topic, 'a');
    await w.subscribeQueue(topic, 'b');
    await w.engine.call('sns', 'Subscribe', {
      TopicArn: topic,
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    await w.publish(topic, 'order #1');
    expect(w.of('sns/published')[0]?.subscriptions).toBe(2);
    w.run(100);
    for (const url of urls) expect((await w.receive(url)).length).toBe(1);
    expect(w.of('sns/delivered').map((e) => e.protocol)).toEqual(['sqs', 'sqs']);
  });

  it('reaches other protocols too: the log names the protocol and endpoint', async () => {
    const w = snsWorld();
    const topic = await w.topic('t');
    for (const [Protocol, Endpoint] of [
      ['lambda', 'arn:aws:lambda:us-east-1:123456789012:function:f'],
      ['sms', '+15551234567'],
      ['https', 'https://example.com/hook'],
    ] as const)
      await w.engine.call('sns', 'Subscribe', {
        TopicArn: topic,
        Protocol,
        Endpoint,
        ReturnSubscriptionArn: true,
      });
    const token = w.of('sns/confirmation-requested')[0]?.token;
    await w.publish(topic, 'before confirming');
    await w.engine.call('sns', 'ConfirmSubscription', { TopicArn: topic, Token: token });
    await w.publish(topic, 'after confirming');
    w.run(100);
    expect(
      w
        .of('sns/delivered')
        .map((e) => `${e.n} ${e.protocol}`)
        .sort(),
    ).toEqual(['1 lambda', '1 sms', '2 https', '2 lambda', '2 sms']);
    expect(w.engine.gauges().sns.t?.NumberOfNotificationsDelivered).toBe(5);
  });

  it('cancels a delivery whose subscription is deleted before it comes', async () => {
    const { w, topic, url, subscription } = await fanout();
    await w.publish(topic, 'late');
    await w.engine.call('sns', 'Unsubscribe', { SubscriptionArn: subscription });
    w.run(100);
    expect(w.of('sns/delivery-cancelled')).toMatchObject([{ subscription, topic: 't' }]);
    expect(await w.receive(url)).toEqual([]);
    expect(topicArn('t')).toBe(topic);
  });
});
