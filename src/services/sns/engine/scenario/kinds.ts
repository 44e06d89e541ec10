import type { EdgeKind, NodeKind } from '../../../../engine/scenario/kinds';
import type { ScenarioNode } from '../../../../engine/scenario/types';
import { configurePublisher } from '../actors/publisherConfig';
import { PUBLISHER_SETTINGS } from '../actors/publisherSettings';
import { checkSubscriptionConfig } from './subscriptionConfig';
import { SUBSCRIPTION_SETTINGS } from './subscriptionSettings';
import { checkTopicConfig, isFifoTopicNode, topicNameOf } from './topicConfig';
import { TOPIC_SETTINGS } from './topicSettings';

/** The topic's name at the other end of a publisher's edge ('placeholder' before it is named). */
function topicNameAt(nodes: readonly ScenarioNode[], id: string | undefined): string {
  const name = nodes.find((n) => n.id === id)?.config.TopicName;
  return typeof name === 'string' ? name : 'placeholder';
}

const topic: NodeKind<'sns-topic'> = {
  type: 'sns-topic',
  label: (node) => (isFifoTopicNode(node) ? 'SNS FIFO topic' : 'SNS standard topic'),
  name: topicNameOf,
  role: 'resource',
  checkConfig: checkTopicConfig,
  settings: TOPIC_SETTINGS,
};

const publisher: NodeKind<'publisher'> = {
  type: 'publisher',
  label: () => 'publisher',
  role: 'actor',
  configure: configurePublisher,
  settings: PUBLISHER_SETTINGS,
  connection: (scenario, node) =>
    scenario.edges.find((e) => e.type === 'publishes-to' && e.source === node.id),
  // The made topic's ARN, or one of the same shape before it is made.
  wiring: (_node, edge, scenario, made) => ({
    TopicArn:
      made?.get(edge?.target ?? '')?.TopicArn ??
      `arn:aws:sns:us-east-1:123456789012:${topicNameAt(scenario.nodes, edge?.target)}`,
  }),
  explicit: ['TopicArn'],
};

/** SNS's node kinds on the canvas: one line per kind. */
export const SNS_NODE_KINDS: readonly NodeKind[] = [topic, publisher];

const TOPIC = ['sns-topic'];
/** SNS's edge kinds: one line per kind (each protocol's subscription its own). */
export const SNS_EDGE_KINDS: readonly EdgeKind[] = [
  { type: 'publishes-to', from: ['publisher'], to: TOPIC },
  // An SQS subscription: the topic delivers to the queue (Protocol sqs, Endpoint its ARN).
  {
    type: 'subscription',
    from: TOPIC,
    to: ['sqs-queue'],
    settings: SUBSCRIPTION_SETTINGS,
    checkConfig: checkSubscriptionConfig,
  },
];
