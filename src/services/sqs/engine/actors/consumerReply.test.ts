import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

describe('consumer as a responder (request–response, L21)', () => {
  it('answers each request on the queue its ReplyTo attribute names, with the CorrelationId', async () => {
    const w = world();
    const requests = await w.queue('requests');
    const responses = await w.queue('responses');
    for (const id of ['req-1', 'req-2']) {
      await w.engine.call('sqs', 'SendMessage', {
        QueueUrl: requests,
        MessageBody: `quote please (${id})`,
        MessageAttributes: {
          ReplyTo: { DataType: 'String', StringValue: responses },
          CorrelationId: { DataType: 'String', StringValue: id },
        },
      });
    }
    await w.actor('server', 'consumer', {
      QueueUrl: requests,
      Reply: true,
      ProcessingTime: { Distribution: 'fixed', Ms: 200 },
    });
    w.run(5_000);
    const { Messages } = await w.engine.call<{
      Messages: { Body: string; MessageAttributes: Record<string, { StringValue: string }> }[];
    }>('sqs', 'ReceiveMessage', {
      QueueUrl: responses,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
    });
    expect(Messages.map((m) => m.MessageAttributes.CorrelationId?.StringValue).sort()).toEqual([
      'req-1',
      'req-2',
    ]);
    expect(w.engine.gauges().actors.server?.Replied).toBe(2);
  });

  it('does not answer when Reply is off', async () => {
    const w = world();
    const requests = await w.queue('requests');
    const responses = await w.queue('responses');
    await w.engine.call('sqs', 'SendMessage', {
      QueueUrl: requests,
      MessageBody: 'fire and forget',
      MessageAttributes: { ReplyTo: { DataType: 'String', StringValue: responses } },
    });
    await w.actor('server', 'consumer', {
      QueueUrl: requests,
      ProcessingTime: { Distribution: 'fixed', Ms: 200 },
    });
    w.run(5_000);
    expect(w.engine.gauges().sqs.responses?.ApproximateNumberOfMessagesVisible).toBe(0);
  });
});
