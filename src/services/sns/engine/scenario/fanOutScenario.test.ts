import { describe, expect, it } from 'vitest';
import {
  createEngine,
  loadScenario,
  validateScenario,
  type EngineEvent,
  type Scenario,
  type ScenarioEdge,
} from '../../../../engine';

/** A publisher, the orders topic and three queues nobody reads, so what arrived stays. */
function fanOut(subscriptions: Partial<Record<string, ScenarioEdge['config']>> = {}): Scenario {
  const queues = ['shipping', 'billing', 'analytics'];
  return {
    version: 1,
    name: 'fan-out',
    description: '',
    seed: 3,
    lessons: [],
    nodes: [
      {
        id: 'shop',
        type: 'publisher',
        position: { x: 0, y: 0 },
        config: {
          MessagesPerSecond: 1,
          MaxMessages: 2,
          BodyTemplate: 'order {n}',
          MessageAttributes: { type: '{cycle:physical,digital}' },
        },
      },
      { id: 'topic', type: 'sns-topic', position: { x: 1, y: 0 }, config: { TopicName: 'orders' } },
      ...queues.map((name, i) => ({
        id: name,
        type: 'sqs-queue' as const,
        position: { x: 2, y: i },
        config: { QueueName: name },
      })),
      { id: 'dlq', type: 'sqs-queue', position: { x: 3, y: 0 }, config: { QueueName: 'dlq' } },
    ],
    edges: [
      { id: 'p', source: 'shop', target: 'topic', type: 'publishes-to' },
      ...queues.map((name) => {
        const config = subscriptions[name];
        return {
          id: `s-${name}`,
          source: 'topic',
          target: name,
          type: 'subscription' as const,
          ...(config === undefined ? {} : { config }),
        };
      }),
    ],
  };
}

async function play(scenario: Scenario, ms = 5_000) {
  const checked = validateScenario(scenario);
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  const engine = createEngine({ seed: scenario.seed });
  const loaded = await loadScenario(engine, scenario);
  engine.advanceBy(ms);
  const events = engine.drain();
  const bodies = async (queue: string) => {
    const { Messages = [] } = await engine.call<{ Messages?: { Body: string }[] }>(
      'sqs',
      'ReceiveMessage',
      { QueueUrl: loaded.queueUrls[queue], MaxNumberOfMessages: 10 },
    );
    return Messages.map((m) => m.Body).sort();
  };
  const of = <T extends EngineEvent['type']>(type: T) =>
    events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
  const gauges = () => engine.gauges().sns.orders!;
  return { engine, loaded, events, bodies, of, gauges };
}

describe('an SNS fan-out scenario', () => {
  it('loads, publishes, and every queue receives the SNS envelope of each message', async () => {
    const { loaded, bodies, gauges } = await play(fanOut());
    expect(loaded.topicArns.topic).toBe('arn:aws:sns:us-east-1:123456789012:orders');
    for (const queue of ['shipping', 'billing', 'analytics']) {
      const received = (await bodies(queue)).map((b) => JSON.parse(b) as Record<string, unknown>);
      const seen = received.map((m) => [m.Type, m.TopicArn, m.Message]);
      expect(seen.sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
        ['Notification', loaded.topicArns.topic, 'order 1'],
        ['Notification', loaded.topicArns.topic, 'order 2'],
      ]);
    }
    expect(gauges()).toMatchObject({
      NumberOfMessagesPublished: 2,
      NumberOfNotificationsDelivered: 6,
      NumberOfNotificationsFailed: 0,
    });
  });

  it('keeps a message from a subscription whose filter policy does not match it', async () => {
    const { bodies, of, gauges } = await play(
      fanOut({ shipping: { Attributes: { FilterPolicy: '{"type": ["physical"]}' } } }),
    );
    expect(
      (await bodies('shipping')).map((b) => (JSON.parse(b) as { Message: string }).Message),
    ).toEqual(['order 1']);
    expect(await bodies('billing')).toHaveLength(2);
    expect(of('sns/filtered-out').map((e) => [e.n, e.endpoint])).toEqual([
      [2, 'arn:aws:sqs:us-east-1:123456789012:shipping'],
    ]);
    expect(gauges().NumberOfNotificationsFilteredOut).toBe(1);
  });

  it('gives the bare message body with raw message delivery', async () => {
    const { bodies } = await play(
      fanOut({ analytics: { Attributes: { RawMessageDelivery: 'true' } } }),
    );
    expect(await bodies('analytics')).toEqual(['order 1', 'order 2']);
    expect(JSON.parse((await bodies('billing'))[0] ?? '')).toMatchObject({ Type: 'Notification' });
  });

  it("writes a statement into each queue's policy, and without it SNS is refused visibly", async () => {
    const { engine, loaded, bodies, of, gauges } = await play(
      fanOut({ billing: { QueuePolicyAllowsTopic: false } }),
    );
    const policy = async (queue: string) =>
      (
        await engine.call<{ Attributes: { Policy?: string } }>('sqs', 'GetQueueAttributes', {
          QueueUrl: loaded.queueUrls[queue],
          AttributeNames: ['Policy'],
        })
      ).Attributes.Policy;
    expect(JSON.parse((await policy('shipping')) ?? '')).toMatchObject({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Condition: { ArnEquals: { 'aws:SourceArn': loaded.topicArns.topic } },
        },
      ],
    });
    expect(await policy('billing')).toBeUndefined();
    expect(await bodies('billing')).toEqual([]);
    expect(of('sns/delivery-failed').map((e) => [e.n, e.endpoint.endsWith(':billing')])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(of('sns/message-lost')).toHaveLength(2);
    expect(gauges().NumberOfNotificationsFailed).toBe(2);
  });

  it("sends what a queue refuses to the subscription's dead-letter queue instead", async () => {
    const { bodies, of } = await play(
      fanOut({ billing: { QueuePolicyAllowsTopic: false, DeadLetterQueue: 'dlq' } }),
    );
    expect(of('sns/moved-to-dlq')).toHaveLength(2);
    expect(await bodies('dlq')).toHaveLength(2);
  });

  it('merges its statement with a policy the queue already has', async () => {
    const scenario = fanOut();
    const own = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'own', Effect: 'Deny', Principal: '*', Action: 'sqs:PurgeQueue', Resource: '*' },
      ],
    };
    const shipping = scenario.nodes.find((n) => n.id === 'shipping')!;
    shipping.config = { QueueName: 'shipping', Attributes: { Policy: JSON.stringify(own) } };
    const { engine, loaded, bodies } = await play(scenario);
    const { Attributes } = await engine.call<{ Attributes: { Policy: string } }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl: loaded.queueUrls.shipping, AttributeNames: ['Policy'] },
    );
    const statements = (JSON.parse(Attributes.Policy) as { Statement: { Sid: string }[] })
      .Statement;
    expect(statements.map((s) => s.Sid)).toEqual([
      'own',
      `topic-subscription-${loaded.topicArns.topic}`,
    ]);
    expect(await bodies('shipping')).toHaveLength(2);
  });
});

describe('subscription edges in a scenario', () => {
  const problems = (scenario: Scenario) => {
    const result = validateScenario(scenario);
    return result.ok ? [] : result.problems;
  };

  it('refuse a filter policy SNS refuses, with its text', () => {
    expect(
      problems(fanOut({ shipping: { Attributes: { FilterPolicy: '{"type": "physical"}' } } })),
    ).toEqual([
      expect.stringMatching(
        /^edge s-shipping: Invalid parameter: Attributes Reason: FilterPolicy: /,
      ),
    ]);
  });

  it('refuse unknown settings, a dead-letter queue not on the canvas, and config on an edge without settings', () => {
    const scenario = fanOut({
      billing: { Colour: 'red' },
      analytics: { DeadLetterQueue: 'nowhere', Attributes: { RawMessageDelivery: 'yes' } },
    });
    scenario.edges[0] = { ...scenario.edges[0]!, config: {} };
    expect(problems(scenario)).toEqual([
      'edge p: a publishes-to edge has no settings (no config).',
      'edge s-billing: unknown subscription config "Colour" (allowed: Attributes, QueuePolicyAllowsTopic, DeadLetterQueue).',
      'edge s-analytics: RawMessageDelivery must be "true" or "false".',
      'edge s-analytics: DeadLetterQueue "nowhere" is no queue on the canvas.',
    ]);
  });

  it('refuse two topics of one name, and a FIFO flag that does not fit the name', () => {
    const scenario = fanOut();
    scenario.nodes.push({
      id: 'again',
      type: 'sns-topic',
      position: { x: 9, y: 9 },
      config: { TopicName: 'orders', Attributes: { FifoTopic: 'true' } },
    });
    expect(problems(scenario)).toEqual([
      'node again: FifoTopic "true" does not fit the name orders: a FIFO topic\'s name ends in .fifo, a standard topic\'s does not.',
      'node again: TopicName "orders" is used by two nodes.',
    ]);
  });
});
