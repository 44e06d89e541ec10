import { expect } from 'vitest';
import { createEngine, type Engine, type ReceivedMessage } from '../index';

export type { ReceivedMessage };

/** Test helpers that speak to the engine only through its door, as an AWS client would. */
export function newEngine(seed = 1): Engine {
  return createEngine({ seed });
}

export async function createQueue(
  engine: Engine,
  QueueName: string,
  Attributes: Record<string, string> = {},
): Promise<string> {
  const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
    QueueName,
    Attributes,
  });
  return QueueUrl;
}

export async function send(
  engine: Engine,
  QueueUrl: string,
  MessageBody: string,
  extra: Record<string, unknown> = {},
) {
  return engine.call<{ MessageId: string; SequenceNumber?: string; MD5OfMessageBody: string }>(
    'sqs',
    'SendMessage',
    {
      QueueUrl,
      MessageBody,
      ...extra,
    },
  );
}

export async function receive(
  engine: Engine,
  QueueUrl: string,
  extra: Record<string, unknown> = {},
): Promise<ReceivedMessage[]> {
  const { Messages } = await engine.call<{ Messages?: ReceivedMessage[] }>(
    'sqs',
    'ReceiveMessage',
    { QueueUrl, ...extra },
  );
  return Messages ?? [];
}

export async function counts(engine: Engine, QueueUrl: string): Promise<[number, number, number]> {
  const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
    'sqs',
    'GetQueueAttributes',
    {
      QueueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    },
  );
  return [
    Number(Attributes.ApproximateNumberOfMessages),
    Number(Attributes.ApproximateNumberOfMessagesNotVisible),
    Number(Attributes.ApproximateNumberOfMessagesDelayed),
  ];
}

export async function queueArn(engine: Engine, QueueUrl: string): Promise<string> {
  const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
    'sqs',
    'GetQueueAttributes',
    {
      QueueUrl,
      AttributeNames: ['QueueArn'],
    },
  );
  return Attributes.QueueArn as string;
}

/** A dead-letter queue "dlq" and a "source" (visibility timeout 0) that redrives to it. */
export async function withDeadLetterQueue(
  engine: Engine,
  maxReceiveCount: number,
  fifo = false,
  prefix = '',
) {
  const suffix = fifo ? '.fifo' : '';
  const extra: Record<string, string> = fifo
    ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' }
    : {};
  const dlq = await createQueue(engine, `${prefix}dlq${suffix}`, extra);
  const dlqArn = await queueArn(engine, dlq);
  const source = await createQueue(engine, `${prefix}source${suffix}`, {
    ...extra,
    VisibilityTimeout: '0',
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
  });
  return { dlq, dlqArn, source };
}

/** Expects an AWS error with this SDK v3 name and, optionally, this exact message. */
export async function expectError(
  promise: Promise<unknown>,
  name: string,
  message?: string | RegExp,
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error, `expected ${name}`).toBeInstanceOf(Error);
  expect(error?.name).toBe(name);
  if (typeof message === 'string') expect(error?.message).toBe(message);
  else if (message !== undefined) expect(error?.message).toMatch(message);
}

export const bodies = (messages: ReceivedMessage[]) => messages.map((m) => m.Body);
