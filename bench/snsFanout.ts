import { createEngine } from '../src/engine';
import { checkMessage, validateFilterPolicy } from '../src/services/sns/engine/filterPolicy';

const ACCOUNT = '123456789012';
const SUBSCRIPTIONS = 10;

/** The policy of issue 9's figure: five keys with prefix, numeric range and anything-but. */
const POLICY = JSON.stringify({
  store: [{ prefix: 'eu-' }],
  price: [{ numeric: ['>=', 10, '<', 500] }],
  status: [{ 'anything-but': ['cancelled', 'refunded'] }],
  channel: ['web', 'app'],
  customer: [{ exists: true }],
});

/** A message of ten attributes that the policy above lets through. */
const ATTRIBUTES: Record<string, { DataType: string; StringValue: string }> = {
  store: { DataType: 'String', StringValue: 'eu-west-shop' },
  price: { DataType: 'Number', StringValue: '129.5' },
  status: { DataType: 'String', StringValue: 'paid' },
  channel: { DataType: 'String', StringValue: 'web' },
  customer: { DataType: 'String', StringValue: 'c-1042' },
  currency: { DataType: 'String', StringValue: 'EUR' },
  items: { DataType: 'Number', StringValue: '3' },
  coupon: { DataType: 'String', StringValue: 'none' },
  region: { DataType: 'String', StringValue: 'eu-west-1' },
  priority: { DataType: 'String', StringValue: 'normal' },
};

/**
 * Publish to a topic with ten SQS subscriptions, each with a filter policy (every other one
 * matching), through the door, until every copy sits in its queue: SQS messages delivered per
 * wall second, filtering, envelopes, queue policy checks and events included.
 */
export async function snsDeliveriesPerSecond(publishes: number): Promise<number> {
  const engine = createEngine({ seed: 1 });
  const { TopicArn } = await engine.call<{ TopicArn: string }>('sns', 'CreateTopic', {
    Name: 'orders',
  });
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const name = `queue-${i}`;
    const arn = `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
    await engine.call('sqs', 'CreateQueue', {
      QueueName: name,
      Attributes: { Policy: allowTopic(arn, TopicArn) },
    });
    const store = i % 2 === 0 ? 'eu-' : 'us-';
    await engine.call('sns', 'Subscribe', {
      TopicArn,
      Protocol: 'sqs',
      Endpoint: arn,
      Attributes: { FilterPolicy: POLICY.replace('eu-', store), RawMessageDelivery: 'true' },
    });
  }
  let delivered = 0;
  const start = performance.now();
  for (let i = 0; i < publishes; i++) {
    await engine.call('sns', 'Publish', {
      TopicArn,
      Message: `order #${i}`,
      MessageAttributes: ATTRIBUTES,
    });
    if ((i & 255) === 255) delivered += settle(engine);
  }
  delivered += settle(engine);
  return delivered / ((performance.now() - start) / 1000);
}

/** Lets the scheduled deliveries run; returns how many reached a queue. */
function settle(engine: ReturnType<typeof createEngine>): number {
  engine.advanceBy(1_000);
  return engine.drain().filter((e) => e.type === 'sns/delivered').length;
}

/**
 * The delivery decision alone (no words): one compiled policy against a message of ten
 * attributes. `fresh`: each evaluation gets a message of its own, so its attributes are read every
 * time (a topic's first subscription); otherwise one message is decided again and again, as for
 * each further subscription of its topic (its attributes were read once).
 */
export function filterEvaluationsPerSecond(evaluations: number, fresh: boolean): number {
  const validated = validateFilterPolicy(POLICY, 'MessageAttributes');
  if (validated.error !== undefined) throw validated.error;
  const shared = { Message: 'order', MessageAttributes: ATTRIBUTES };
  const messages = Array.from({ length: fresh ? evaluations : 1 }, () =>
    fresh ? { Message: 'order', MessageAttributes: { ...ATTRIBUTES } } : shared,
  );
  let matched = 0;
  const start = performance.now();
  for (let i = 0; i < evaluations; i++) {
    const message = messages[fresh ? i : 0] ?? shared;
    if (checkMessage(validated.policy, 'MessageAttributes', message).delivered) matched++;
  }
  const seconds = (performance.now() - start) / 1000;
  if (matched !== evaluations) throw new Error('the bench message must match its policy');
  return evaluations / seconds;
}

/** The queue policy SNS needs: sqs:SendMessage for sns.amazonaws.com from this topic. */
function allowTopic(queueArn: string, topicArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
      },
    ],
  });
}
