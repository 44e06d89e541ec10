import type { Engine } from '../../../../engine/engine';
import type { Made } from '../../../../engine/scenario/kinds';
import type { Scenario, ScenarioEdge, ScenarioNodeOf } from '../../../../engine/scenario/types';
import { policyAllowingTopics } from './queuePolicy';
import type { SubscriptionEdgeConfig } from './subscriptionConfig';

type Queue = ScenarioNodeOf<'sqs-queue'>;

/**
 * Makes a scenario's topics and subscriptions through the door, as a user would in the console
 * (SQS made the queues first: the list of services puts it before SNS): CreateTopic for each
 * topic, a statement in each subscribed queue's policy letting its topics send (unless the edge
 * says not to; a subscription's dead-letter queue always gets one), then Subscribe for each
 * subscription edge.
 */
export async function loadTopics(engine: Engine, scenario: Scenario, made: Made): Promise<void> {
  for (const node of scenario.nodes) {
    if (node.type !== 'sns-topic') continue;
    const name = node.config.TopicName ?? '';
    const attributes: Record<string, string> = { ...(node.config.Attributes ?? {}) };
    // [D] CreateTopic: a FIFO topic needs FifoTopic "true" with its .fifo name.
    if (name.endsWith('.fifo')) attributes.FifoTopic = 'true';
    const { TopicArn } = await engine.call<{ TopicArn: string }>('sns', 'CreateTopic', {
      Name: name,
      Attributes: attributes,
    });
    made.set(node.id, { TopicArn });
  }
  const subscriptions = scenario.edges.filter((e) => e.type === 'subscription');
  const queueById = new Map(
    scenario.nodes.filter((n): n is Queue => n.type === 'sqs-queue').map((n) => [n.id, n]),
  );
  const queueByName = new Map([...queueById.values()].map((q) => [q.config.QueueName, q]));
  await allowTopics(engine, subscriptions, queueById, queueByName, made);
  for (const edge of subscriptions) {
    const config: SubscriptionEdgeConfig = edge.config ?? {};
    const attributes: Record<string, string> = { ...(config.Attributes ?? {}) };
    const dlq =
      config.DeadLetterQueue === undefined ? undefined : queueByName.get(config.DeadLetterQueue);
    const dlqArn = dlq === undefined ? undefined : made.get(dlq.id)?.QueueArn;
    if (dlqArn !== undefined)
      attributes.RedrivePolicy = JSON.stringify({ deadLetterTargetArn: dlqArn });
    await engine.call('sns', 'Subscribe', {
      TopicArn: made.get(edge.source)?.TopicArn,
      Protocol: 'sqs',
      Endpoint: made.get(edge.target)?.QueueArn,
      Attributes: attributes,
      ReturnSubscriptionArn: true,
    });
  }
}

/** Each queue that a topic delivers to (or dead-letters into) gets one statement per topic. */
async function allowTopics(
  engine: Engine,
  subscriptions: readonly ScenarioEdge[],
  queueById: ReadonlyMap<string, Queue>,
  queueByName: ReadonlyMap<string | undefined, Queue>,
  made: Made,
): Promise<void> {
  const topicsOf = new Map<Queue, string[]>();
  const allow = (queue: Queue | undefined, topicArn: string | undefined) => {
    if (queue === undefined || topicArn === undefined) return;
    const topics = topicsOf.get(queue) ?? [];
    if (!topics.includes(topicArn)) topicsOf.set(queue, [...topics, topicArn]);
  };
  for (const edge of subscriptions) {
    const config: SubscriptionEdgeConfig = edge.config ?? {};
    const topicArn = made.get(edge.source)?.TopicArn;
    if (config.QueuePolicyAllowsTopic !== false) allow(queueById.get(edge.target), topicArn);
    // A dead-letter queue is SNS's to write to as well: setting it up includes its statement.
    if (config.DeadLetterQueue !== undefined)
      allow(queueByName.get(config.DeadLetterQueue), topicArn);
  }
  for (const [queue, topicArns] of topicsOf) {
    const own = made.get(queue.id);
    if (own?.QueueUrl === undefined || own.QueueArn === undefined) continue;
    await engine.call('sqs', 'SetQueueAttributes', {
      QueueUrl: own.QueueUrl,
      Attributes: {
        Policy: policyAllowingTopics(queue.config.Attributes?.Policy, own.QueueArn, topicArns),
      },
    });
  }
}

/** The topics made, by node id, as the loader's caller reads them. */
export function loadedTopics(made: Made): { topicArns: Record<string, string> } {
  const topicArns: Record<string, string> = {};
  for (const [id, resource] of made)
    if (resource.TopicArn !== undefined) topicArns[id] = resource.TopicArn;
  return { topicArns };
}
