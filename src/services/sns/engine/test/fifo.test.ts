import { describe, expect, it } from 'vitest';
import { expectRefusal, snsWorld, topicArn } from './snsWorld';

/** SHA-256 of "Test", as AWS reports the deduplication id of a content-based FIFO topic. */
const SHA256_TEST = '532eaabd9574880dbf76b9b8cc00832c20a6ec113d682299550d7a6e0f345e25';

async function fifoWorld(attributes: Record<string, string> = {}, queue = 'q.fifo') {
  const w = snsWorld();
  const topic = await w.topic('t.fifo', { FifoTopic: 'true', ...attributes });
  const queueAttributes: Record<string, string> = queue.endsWith('.fifo')
    ? { FifoQueue: 'true' }
    : {};
  const url = await w.queue(queue, { allow: [topic], attributes: queueAttributes });
  await w.subscribeQueue(topic, queue);
  return { w, topic, url };
}

describe('FIFO topic rules (reference 2.8)', () => {
  const refused: [string, Record<string, string>, Record<string, unknown>, string][] = [
    [
      'no MessageGroupId',
      {},
      { MessageDeduplicationId: 'd' },
      'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
    ],
    [
      'no deduplication',
      {},
      { MessageGroupId: 'g' },
      'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    ],
    [
      'a group id of 129 characters',
      { ContentBasedDeduplication: 'true' },
      { MessageGroupId: 'g'.repeat(129) },
      'Invalid parameter: MessageGroupId Reason: MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.',
    ],
  ];
  it.each(refused)('refuses %s', async (_, attributes, extra, message) => {
    const { w, topic } = await fifoWorld(attributes);
    await expectRefusal(w.publish(topic, 'Test', extra), 'InvalidParameter', message);
    await expectRefusal(
      w.engine.call('sns', 'PublishBatch', {
        TopicArn: topic,
        PublishBatchRequestEntries: [{ Id: '1', Message: 'Test', ...extra }],
      }),
      'InvalidParameter',
      message,
    );
  });

  it('takes SQS subscriptions only, FIFO or standard', async () => {
    const { w, topic } = await fifoWorld();
    await w.subscribeQueue(topic, 'standard');
    await expectRefusal(
      w.engine.call('sns', 'Subscribe', {
        TopicArn: topic,
        Protocol: 'sms',
        Endpoint: '+15551234567',
      }),
      'InvalidParameter',
      'Invalid parameter: Invalid protocol type: sms',
    );
  });
});

describe('FIFO delivery (reference 2.4.2)', () => {
  it('numbers messages and carries group and content-based deduplication ids into a FIFO queue', async () => {
    const { w, topic, url } = await fifoWorld({ ContentBasedDeduplication: 'true' });
    const first = await w.publish(topic, 'Test', { MessageGroupId: 'message-group-id-1' });
    const second = await w.publish(topic, 'Other', { MessageGroupId: 'message-group-id-1' });
    expect(BigInt(second.SequenceNumber as string)).toBeGreaterThan(
      BigInt(first.SequenceNumber as string),
    );
    w.run(100);
    const [message] = await w.receive(url, 1);
    expect(message?.Attributes).toMatchObject({
      MessageGroupId: 'message-group-id-1',
      MessageDeduplicationId: SHA256_TEST,
    });
    const body = JSON.parse(message?.Body as string) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'Type',
      'MessageId',
      'SequenceNumber',
      'TopicArn',
      'Message',
      'Timestamp',
      'UnsubscribeURL',
    ]);
    expect(body).toMatchObject({
      MessageId: first.MessageId,
      SequenceNumber: first.SequenceNumber,
      Message: 'Test',
    });
  });

  it('passes an explicit deduplication id through', async () => {
    const { w, topic, url } = await fifoWorld();
    await w.publish(topic, 'Test', {
      MessageGroupId: 'g',
      MessageDeduplicationId: 'message-deduplication-id-1',
    });
    w.run(100);
    expect((await w.receive(url))[0]?.Attributes?.MessageDeduplicationId).toBe(
      'message-deduplication-id-1',
    );
  });

  it('gives a standard queue neither group nor deduplication id', async () => {
    const { w, topic, url } = await fifoWorld({ ContentBasedDeduplication: 'true' }, 'plain');
    await w.publish(topic, 'Test', { MessageGroupId: 'g' });
    w.run(100);
    const [message] = await w.receive(url);
    expect(message?.Attributes).not.toHaveProperty('MessageGroupId');
    expect(message?.Attributes).not.toHaveProperty('MessageDeduplicationId');
  });

  it('keeps publish order per subscription', async () => {
    const { w, topic, url } = await fifoWorld({ ContentBasedDeduplication: 'true' });
    for (let i = 0; i < 20; i++) await w.publish(topic, `m${i}`, { MessageGroupId: 'g' });
    w.run(1000);
    const bodies: string[] = [];
    for (let i = 0; i < 20; i++) {
      const [m] = await w.receive(url, 1);
      bodies.push((JSON.parse(m?.Body as string) as { Message: string }).Message);
      await w.engine.call('sqs', 'DeleteMessage', {
        QueueUrl: url,
        ReceiptHandle: (m as unknown as { ReceiptHandle: string }).ReceiptHandle,
      });
    }
    expect(bodies).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
  });
});

describe('deduplication at the topic (reference 2.4.2, 2.8)', () => {
  it.each(['q.fifo', 'plain'])(
    'drops a repeat within 5 minutes for %s, answering with the first ids',
    async (queue) => {
      const { w, topic, url } = await fifoWorld({ ContentBasedDeduplication: 'true' }, queue);
      const first = await w.publish(topic, 'Test', { MessageGroupId: 'g' });
      w.run(299_999);
      expect(await w.publish(topic, 'Test', { MessageGroupId: 'g' })).toEqual(first);
      expect(w.of('sns/duplicate-dropped')).toHaveLength(1);
      w.run(1);
      const third = await w.publish(topic, 'Test', { MessageGroupId: 'g' });
      expect(third.MessageId).not.toBe(first.MessageId);
      w.run(100);
      // Delivered twice; a FIFO queue then applies its own 5-minute window to the same id.
      expect(w.of('sns/delivered')).toHaveLength(2);
      expect(w.engine.gauges().sns['t.fifo']?.NumberOfMessagesPublished).toBe(2);
      if (queue === 'plain') expect(await w.receive(url)).toHaveLength(2);
    },
  );

  it('is topic-wide by default and per group with FifoThroughputScope MessageGroup', async () => {
    for (const [scope, delivered] of [
      ['Topic', 1],
      ['MessageGroup', 2],
    ] as const) {
      const { w, topic } = await fifoWorld({ FifoThroughputScope: scope });
      await w.publish(topic, 'a', { MessageGroupId: 'g1', MessageDeduplicationId: 'same' });
      await w.publish(topic, 'b', { MessageGroupId: 'g2', MessageDeduplicationId: 'same' });
      w.run(100);
      expect(w.of('sns/delivered')).toHaveLength(delivered);
    }
  });

  it('deduplicates within and across batches, and answers each entry with its SequenceNumber', async () => {
    const { w, topic } = await fifoWorld();
    const batch = (ids: string[]) =>
      w.engine.call<{ Successful: { Id: string; MessageId: string; SequenceNumber: string }[] }>(
        'sns',
        'PublishBatch',
        {
          TopicArn: topic,
          PublishBatchRequestEntries: ids.map((d, i) => ({
            Id: `e${i}`,
            Message: d,
            MessageGroupId: 'g',
            MessageDeduplicationId: d,
          })),
        },
      );
    const first = await batch(['a', 'b', 'a']);
    expect(first.Successful[2]).toEqual({ ...first.Successful[0], Id: 'e2' });
    const again = await batch(['b']);
    expect(again.Successful[0]).toEqual({ ...first.Successful[1], Id: 'e0' });
    expect(w.of('sns/published')).toHaveLength(2);
    expect(topicArn('t.fifo')).toBe(topic);
  });
});
