import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  PurgeQueueCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../engine';
import { clientConfig } from '../../../sdk/clientConfig';

/**
 * The real AWS SDK for JavaScript v3, unchanged, against the engine: it checks our MD5 digests,
 * parses our output shapes and maps our errors as it would SQS's.
 */
function client(engine: Engine): SQSClient {
  return new SQSClient(clientConfig(engine));
}

/** Advances virtual time once the SDK's request has reached the engine (a long poll started). */
async function advanceWhenPolling(engine: Engine, ms: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (engine.drain().some((e) => e.type === 'sqs/poll-started')) {
      engine.advanceBy(ms);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('the long poll never reached the engine');
}

describe('AWS SDK v3 against the engine', () => {
  it('sends, receives with attributes (MD5 checked by the SDK) and deletes', async () => {
    const engine = createEngine({ seed: 5 });
    const sqs = client(engine);
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: 'orders', Attributes: { VisibilityTimeout: '30' } }),
    );
    const sent = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'héllo wörld',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'order' },
          amount: { DataType: 'Number', StringValue: '12.5' },
          blob: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 3]) },
        },
      }),
    );
    expect(sent.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    expect(Messages?.[0]?.Body).toBe('héllo wörld');
    expect(Messages?.[0]?.MessageAttributes?.blob?.BinaryValue).toEqual(new Uint8Array([1, 2, 3]));
    expect(Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe('1');
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: Messages?.[0]?.ReceiptHandle,
        VisibilityTimeout: 60,
      }),
    );
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl, ReceiptHandle: Messages?.[0]?.ReceiptHandle }),
    );
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }),
    );
    expect(Attributes?.ApproximateNumberOfMessages).toBe('0');
    expect(Attributes?.ApproximateNumberOfMessagesNotVisible).toBe('0');
  });

  it('checks batch digests and surfaces per-entry failures', async () => {
    const engine = createEngine();
    const sqs = client(engine);
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: 'q', Attributes: { MaximumMessageSize: '1024' } }),
    );
    const result = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          {
            Id: 'a',
            MessageBody: 'fine',
            MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } },
          },
          { Id: 'b', MessageBody: 'x'.repeat(2000) },
        ],
      }),
    );
    expect(result.Successful?.map((s) => s.Id)).toEqual(['a']);
    expect(result.Failed).toEqual([
      expect.objectContaining({ Id: 'b', Code: 'InvalidParameterValue', SenderFault: true }),
    ]);
  });

  it('reports errors with the names and codes the SDK gives real SQS errors', async () => {
    const engine = createEngine();
    const sqs = client(engine);
    const missing = await sqs
      .send(new GetQueueUrlCommand({ QueueName: 'nope' }))
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(QueueDoesNotExist);
    expect(missing).toMatchObject({
      name: 'QueueDoesNotExist',
      Code: 'AWS.SimpleQueueService.NonExistentQueue',
    });
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'q' }));
    const invalid = await sqs
      .send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 }))
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({
      name: 'InvalidParameterValue',
      $metadata: { httpStatusCode: 400 },
    });
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    const purge = await sqs.send(new PurgeQueueCommand({ QueueUrl })).catch((e: unknown) => e);
    expect(purge).toMatchObject({
      name: 'PurgeQueueInProgress',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('long-polls in virtual time', async () => {
    const engine = createEngine();
    const sqs = client(engine);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'q' }));
    const poll = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    await advanceWhenPolling(engine, 20_000);
    expect((await poll).Messages).toBeUndefined();
    expect(engine.gauges().sqs.q?.NumberOfEmptyReceives).toBe(1);
  });
});
