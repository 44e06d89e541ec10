import type { ConnectionVerdict } from '../../../../engine/scenario/kinds';
import type { Scenario, ScenarioNode } from '../../../../engine/scenario/types';
import { SNS_EDGE_KINDS, SNS_NODE_KINDS } from './kinds';
import { isFifoTopicNode, topicNameOf } from './topicConfig';

const SNS_TYPES = new Set(SNS_NODE_KINDS.map((k) => k.type));
/** What a topic may subscribe, by node type (the subscription edge's ends). */
const SUBSCRIBERS = new Set(SNS_EDGE_KINDS.find((k) => k.type === 'subscription')?.to ?? []);

const nameOf = (node: ScenarioNode): string => {
  const name = node.type === 'sns-topic' ? topicNameOf(node) : node.config.QueueName;
  return typeof name === 'string' ? name : node.id;
};
const isFifoName = (node: ScenarioNode) => nameOf(node).endsWith('.fifo');

/**
 * Which connections to and from SNS nodes the canvas accepts, as AWS allows them and the scenario
 * check loads them; a refusal is a sentence a learner can act on. Undefined: no SNS node here.
 */
export function snsConnection(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  source: ScenarioNode,
  target: ScenarioNode,
): ConnectionVerdict | undefined {
  if (!SNS_TYPES.has(source.type) && !SNS_TYPES.has(target.type)) return undefined;
  if (source.id === target.id) return refuse(`${nameOf(source)} cannot connect to itself.`);
  const s = nameOf(source);
  const t = nameOf(target);
  if (source.type === 'publisher') {
    if (target.type !== 'sns-topic')
      return refuse('A publisher publishes to an SNS topic: connect it to a topic.');
    const current = scenario.edges.find((e) => e.type === 'publishes-to' && e.source === source.id);
    if (current?.target === target.id) return refuse(`${s} already publishes to ${t}.`);
    if (current !== undefined)
      return refuse(
        `${s} already publishes to another topic: a publisher works with one. Delete that connection first.`,
      );
    return {
      ok: true,
      edge: { source: source.id, target: target.id, type: 'publishes-to' },
      // [D] Publish to a FIFO topic needs a MessageGroupId: the publisher gets a pattern.
      ...(target.type === 'sns-topic' &&
      isFifoTopicNode(target) &&
      source.config.GroupIdPattern === undefined
        ? {
            patch: {
              nodeId: source.id,
              config: { GroupIdPattern: { Mode: 'round-robin', Value: 'group-1', Groups: 3 } },
            },
          }
        : {}),
    };
  }
  if (source.type === 'sns-topic') {
    if (target.type === 'publisher')
      return refuse('A publisher publishes to the topic: connect the publisher to the topic.');
    if (!SUBSCRIBERS.has(target.type))
      return refuse(
        `A topic delivers to its subscriptions (an SQS queue here), not to a ${target.type}: put a queue between them.`,
      );
    if (
      scenario.edges.some(
        (e) => e.type === 'subscription' && e.source === source.id && e.target === target.id,
      )
    )
      return refuse(`${t} is already subscribed to ${s}.`);
    // [D] Subscribe: "FIFO SQS Queues can not be subscribed to standard SNS topics".
    if (target.type === 'sqs-queue' && isFifoName(target) && !isFifoTopicNode(source))
      return refuse(
        `${t} is a FIFO queue: only a FIFO topic can deliver to it. Subscribe a standard queue, or use a FIFO topic.`,
      );
    return { ok: true, edge: { source: source.id, target: target.id, type: 'subscription' } };
  }
  // An SNS node as the target, of something that is not SNS's.
  if (target.type === 'sns-topic')
    return source.type === 'sqs-queue'
      ? refuse(
          `A queue does not send to a topic: SNS delivers to queues. Connect ${t} to ${s} to subscribe the queue.`,
        )
      : refuse('Publishers publish to a topic: add a publisher and connect it to the topic.');
  return refuse(`A publisher only publishes: connect ${t} to an SNS topic.`);
}

function refuse(reason: string): ConnectionVerdict {
  return { ok: false, reason };
}
