import type { EdgeKind, NodeKind } from '../../../../engine/scenario/kinds';
import type { NodeType, ScenarioNode } from '../../../../engine/scenario/types';
import { memberOf, type SettingSchema } from '../../../../engine/scenario/settings';
import { configureAutoscaling } from '../actors/autoscalingConfig';
import { AUTOSCALING_SETTINGS } from '../actors/autoscalingSettings';
import { CONSUMER_SETTINGS } from '../actors/consumerSettings';
import { LAMBDA_SQS_SETTINGS } from '../actors/lambdaSqsSettings';
import { PRODUCER_SETTINGS } from '../actors/producerSettings';
import { MAX_RECEIVE_COUNT, QUEUE_SETTINGS } from '../queueSettings';
import { configureConsumer } from '../actors/consumerConfig';
import { configureLambdaSqs } from '../actors/lambdaSqsConfig';
import { configureProducer } from '../actors/producerConfig';
import { checkQueueConfig, isFifoQueueNode, queueNameOf } from './queueConfig';

/** The queue an actor works with: a producer's sends-to target, a reader's source. */
type Connection = NonNullable<NodeKind['connection']>;
type Wiring = NonNullable<NodeKind['wiring']>;

const readsFrom: Connection = (scenario, node) =>
  scenario.edges.find(
    (e) => (e.type === 'consumes-from' || e.type === 'triggers') && e.target === node.id,
  );

const sendsTo: Connection = (scenario, node) =>
  scenario.edges.find((e) => e.type === 'sends-to' && e.source === node.id);

/** The queue's name at the other end of an actor's edge ('placeholder' before it is named). */
function queueNameAt(nodes: readonly ScenarioNode[], id: string | undefined): string {
  const name = nodes.find((n) => n.id === id)?.config.QueueName;
  return typeof name === 'string' ? name : 'placeholder';
}

/** An actor wired by QueueUrl: the made queue's URL, or its name (the door takes both). */
const byQueueUrl =
  (end: 'source' | 'target'): Wiring =>
  (_node, edge, scenario, made) => ({
    QueueUrl: made?.get(edge?.[end] ?? '')?.QueueUrl ?? queueNameAt(scenario.nodes, edge?.[end]),
  });

const reader = <T extends NodeType>(
  type: T,
  label: string,
  configure: (config: unknown) => unknown,
  settings: readonly SettingSchema[],
): NodeKind<T> => ({
  type,
  label: () => label,
  role: 'actor',
  configure,
  settings,
  connection: readsFrom,
  wiring: byQueueUrl('source'),
  explicit: ['QueueUrl'],
});

const queue: NodeKind<'sqs-queue'> = {
  type: 'sqs-queue',
  label: (node) => (isFifoQueueNode(node) ? 'SQS FIFO queue' : 'SQS standard queue'),
  name: queueNameOf,
  role: 'resource',
  checkConfig: checkQueueConfig,
  settings: QUEUE_SETTINGS,
};

const producer: NodeKind<'producer'> = {
  type: 'producer',
  label: () => 'producer',
  role: 'actor',
  configure: configureProducer,
  settings: PRODUCER_SETTINGS,
  connection: sendsTo,
  wiring: byQueueUrl('target'),
  explicit: ['QueueUrl'],
};

const lambda: NodeKind<'lambda-sqs'> = {
  type: 'lambda-sqs',
  label: () => 'Lambda function',
  role: 'actor',
  configure: configureLambdaSqs,
  settings: LAMBDA_SQS_SETTINGS,
  connection: readsFrom,
  // The event source mapping names its queue by ARN.
  wiring: (_node, edge, scenario, made) => ({
    EventSourceArn:
      made?.get(edge?.source ?? '')?.QueueArn ??
      `arn:aws:sqs:us-east-1:123456789012:${queueNameAt(scenario.nodes, edge?.source)}`,
  }),
  explicit: ['EventSourceArn'],
};

const group: NodeKind<'autoscaling-consumers'> = {
  ...reader(
    'autoscaling-consumers',
    'autoscaling consumer group',
    configureAutoscaling,
    AUTOSCALING_SETTINGS,
  ),
  // Its instances are "<group>-<n>" (actors/autoscalingMembers.ts).
  launched: (node, actorId) =>
    actorId.startsWith(`${node.id}-`) && /^\d+$/.test(actorId.slice(node.id.length + 1)),
};

export const SQS_NODE_KINDS: readonly NodeKind[] = [
  queue,
  producer,
  reader('consumer', 'consumer', configureConsumer, CONSUMER_SETTINGS),
  lambda,
  group,
];

const QUEUE = ['sqs-queue'];
export const SQS_EDGE_KINDS: readonly EdgeKind[] = [
  { type: 'sends-to', from: ['producer'], to: QUEUE },
  { type: 'consumes-from', from: QUEUE, to: ['consumer', 'lambda-sqs', 'autoscaling-consumers'] },
  {
    type: 'dead-letter',
    from: QUEUE,
    to: QUEUE,
    counts: [
      {
        name: memberOf(MAX_RECEIVE_COUNT),
        min: MAX_RECEIVE_COUNT.min,
        max: MAX_RECEIVE_COUNT.max,
      },
    ],
  },
  // The event source mapping of a Lambda function.
  { type: 'triggers', from: QUEUE, to: ['lambda-sqs'] },
  // Request–response: the queue a consumer's answers go to (each request's ReplyTo).
  { type: 'replies-to', from: ['consumer'], to: QUEUE },
];
