import { expect } from 'vitest';
import { createEngine, type Engine, type EngineEvent } from '../../../../engine/index';

/** A test driver for SNS through the engine's door only, as an AWS client would use it. */
export const ACCOUNT = '123456789012';
export const topicArn = (name: string) => `arn:aws:sns:us-east-1:${ACCOUNT}:${name}`;
export const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

export interface ReceivedMessage {
  MessageId: string;
  Body: string;
  Attributes?: Record<string, string>;
  MessageAttributes?: Record<
    string,
    { DataType: string; StringValue?: string; BinaryValue?: Uint8Array }
  >;
  MD5OfMessageAttributes?: string;
}

export interface SnsWorld {
  engine: Engine;
  /** Every event drained so far. */
  events: EngineEvent[];
  topic(name: string, attributes?: Record<string, string>): Promise<string>;
  /** A queue whose policy lets these topics send (none: SNS is refused). */
  queue(
    name: string,
    options?: { attributes?: Record<string, string>; allow?: string[] },
  ): Promise<string>;
  subscribeQueue(
    topic: string,
    queue: string,
    attributes?: Record<string, string>,
  ): Promise<string>;
  publish(
    topic: string,
    message: string,
    extra?: Record<string, unknown>,
  ): Promise<{ MessageId: string; SequenceNumber?: string }>;
  receive(queueUrl: string, max?: number): Promise<ReceivedMessage[]>;
  run(ms: number): EngineEvent[];
  of<T extends EngineEvent['type']>(type: T): Extract<EngineEvent, { type: T }>[];
}

export function snsWorld(seed = 1): SnsWorld {
  const engine = createEngine({ seed });
  const events: EngineEvent[] = [];
  const w: SnsWorld = {
    engine,
    events,
    async topic(name, attributes) {
      const input =
        attributes === undefined ? { Name: name } : { Name: name, Attributes: attributes };
      const { TopicArn } = await engine.call<{ TopicArn: string }>('sns', 'CreateTopic', input);
      return TopicArn;
    },
    async queue(name, options = {}) {
      const attributes = { ...options.attributes };
      if (options.allow !== undefined) attributes.Policy = allowTopics(name, options.allow);
      const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
        QueueName: name,
        Attributes: attributes,
      });
      return QueueUrl;
    },
    async subscribeQueue(topic, queue, attributes) {
      const { SubscriptionArn } = await engine.call<{ SubscriptionArn: string }>(
        'sns',
        'Subscribe',
        {
          TopicArn: topic,
          Protocol: 'sqs',
          Endpoint: queueArn(queue),
          ...(attributes === undefined ? {} : { Attributes: attributes }),
        },
      );
      return SubscriptionArn;
    },
    publish: (topic, message, extra = {}) =>
      engine.call('sns', 'Publish', { TopicArn: topic, Message: message, ...extra }),
    async receive(queueUrl, max = 10) {
      const { Messages } = await engine.call<{ Messages?: ReceivedMessage[] }>(
        'sqs',
        'ReceiveMessage',
        {
          QueueUrl: queueUrl,
          MaxNumberOfMessages: max,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['All'],
        },
      );
      return Messages ?? [];
    },
    run(ms) {
      engine.advanceBy(ms);
      events.push(...engine.drain());
      return events;
    },
    of(type) {
      events.push(...engine.drain());
      return events.filter((e) => e.type === type) as never;
    },
  };
  return w;
}

/** Subscribe to topic "t" (or the TopicArn given). */
export const subscribeTo = (w: SnsWorld, input: Record<string, unknown>) =>
  w.engine.call<{ SubscriptionArn: string }>('sns', 'Subscribe', {
    TopicArn: topicArn('t'),
    ...input,
  });

export const subscriptionAttributes = async (w: SnsWorld, SubscriptionArn: string) =>
  (
    await w.engine.call<{ Attributes: Record<string, string> }>(
      'sns',
      'GetSubscriptionAttributes',
      { SubscriptionArn },
    )
  ).Attributes;

export const topicAttributes = async (w: SnsWorld, TopicArn: string) =>
  (
    await w.engine.call<{ Attributes: Record<string, string> }>('sns', 'GetTopicAttributes', {
      TopicArn,
    })
  ).Attributes;

/** The token of the last confirmation request SNS sent. */
export const lastToken = (w: SnsWorld) =>
  w.of('sns/confirmation-requested').at(-1)?.token as string;

/** [D] The queue policy SNS needs: sqs:SendMessage for sns.amazonaws.com from these topics. */
export function allowTopics(queue: string, topics: string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn(queue),
        Condition: { ArnEquals: { 'aws:SourceArn': topics } },
      },
    ],
  });
}

/** The error a call rejects with (fails the test if it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & { code: string; status: number }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error & { code: string; status: number },
  );
  expect(error, 'the call should have been refused').toBeDefined();
  return error as Error & { code: string; status: number };
}

/** Expects AWS's refusal: its query code, its exact text, its HTTP status. */
export async function expectRefusal(
  promise: Promise<unknown>,
  code: string,
  message: string | RegExp,
  status = 400,
): Promise<void> {
  const error = await rejection(promise);
  expect({ code: error.code, status: error.status }).toEqual({ code, status });
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}
