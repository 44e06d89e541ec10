import {
  CreateTopicCommand,
  GetTopicAttributesCommand,
  InvalidParameterException,
  ListTopicsCommand,
  NotFoundException,
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../engine';
import { clientConfig } from '../../../sdk/clientConfig';

/**
 * The real SNS client (query protocol: form-encoded requests, XML answers) against the engine,
 * with the real SQS client reading what SNS delivered.
 */
const ACCOUNT = '123456789012';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

/** Topic "orders" with queue "orders-copy" subscribed (its policy lets the topic send). */
async function fanOut(engine: Engine) {
  const sns = new SNSClient(clientConfig(engine));
  const sqs = new SQSClient(clientConfig(engine));
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'orders' }));
  const Policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn('orders-copy'),
        Condition: { ArnEquals: { 'aws:SourceArn': TopicArn } },
      },
    ],
  });
  const { QueueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: 'orders-copy', Attributes: { Policy } }),
  );
  const { SubscriptionArn } = await sns.send(
    new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queueArn('orders-copy') }),
  );
  return { sns, sqs, TopicArn: TopicArn ?? '', QueueUrl, SubscriptionArn };
}

describe('the AWS SDK v3 SNS client against the engine', () => {
  it('publishes with attributes and in a batch; the queue receives the SNS envelopes', async () => {
    const engine = createEngine({ seed: 3 });
    const { sns, sqs, TopicArn, QueueUrl, SubscriptionArn } = await fanOut(engine);
    expect(SubscriptionArn).toMatch(new RegExp(`^${TopicArn}:[0-9a-f-]{36}$`));
    const { MessageId } = await sns.send(
      new PublishCommand({
        TopicArn,
        Subject: 'New order',
        Message: 'order #1 <b>&</b>',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'order' },
          raw: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 255, 7]) },
        },
      }),
    );
    const batch = await sns.send(
      new PublishBatchCommand({
        TopicArn,
        PublishBatchRequestEntries: [
          { Id: 'a', Message: 'order #2' },
          {
            Id: 'b',
            Message: 'order #3',
            MessageAttributes: { amount: { DataType: 'Number', StringValue: '12.5' } },
          },
        ],
      }),
    );
    expect(batch.Successful?.map((entry) => entry.Id)).toEqual(['a', 'b']);
    expect(batch.Failed).toEqual([]);
    engine.advanceBy(1_000);
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }),
    );
    const envelopes = Messages.map((m) => JSON.parse(m.Body ?? '') as Record<string, unknown>);
    envelopes.sort((x, y) => String(x.Message).localeCompare(String(y.Message)));
    expect(envelopes).toEqual([
      expect.objectContaining({
        Type: 'Notification',
        MessageId,
        TopicArn,
        Subject: 'New order',
        Message: 'order #1 <b>&</b>',
        MessageAttributes: {
          kind: { Type: 'String', Value: 'order' },
          raw: { Type: 'Binary', Value: 'AP8H' },
        },
      }),
      expect.objectContaining({ MessageId: batch.Successful?.[0]?.MessageId, Message: 'order #2' }),
      expect.objectContaining({
        MessageId: batch.Successful?.[1]?.MessageId,
        Message: 'order #3',
        MessageAttributes: { amount: { Type: 'Number', Value: '12.5' } },
      }),
    ]);
  });

  it('reads a map (topic attributes) and a list (topics) from the XML answers', async () => {
    const engine = createEngine();
    const sns = new SNSClient(clientConfig(engine));
    const { TopicArn } = await sns.send(
      new CreateTopicCommand({ Name: 'audit', Attributes: { DisplayName: 'Audit & log' } }),
    );
    await sns.send(new CreateTopicCommand({ Name: 'orders' }));
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes).toMatchObject({ TopicArn, DisplayName: 'Audit & log', Owner: ACCOUNT });
    const { Topics } = await sns.send(new ListTopicsCommand({}));
    expect(Topics?.map((t) => t.TopicArn)).toEqual([
      TopicArn,
      `arn:aws:sns:us-east-1:${ACCOUNT}:orders`,
    ]);
  });

  it("answers errors as the SDK's exception classes, with SNS's codes, texts and statuses", async () => {
    const engine = createEngine();
    const sns = new SNSClient(clientConfig(engine));
    const missing = await sns
      .send(
        new PublishCommand({ TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:nope`, Message: 'hi' }),
      )
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundException);
    expect(missing).toMatchObject({
      name: 'NotFoundException',
      Code: 'NotFound',
      Type: 'Sender',
      message: 'Topic does not exist',
      $metadata: { httpStatusCode: 404 },
    });
    const invalid = await sns
      .send(new CreateTopicCommand({ Name: 'no spaces allowed' }))
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(InvalidParameterException);
    expect(invalid).toMatchObject({
      Code: 'InvalidParameter',
      message: expect.stringMatching(/^Invalid parameter: Topic Name/),
      $metadata: { httpStatusCode: 400 },
    });
  });
});
