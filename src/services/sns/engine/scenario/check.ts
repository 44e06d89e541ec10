import type { Scenario } from '../../../../engine/scenario/types';
import { isTopicName } from './topicConfig';

/**
 * Rules across a scenario's SNS nodes: topic names are unique, a publisher works with one topic,
 * a queue is subscribed to a topic once, and a subscription's dead-letter queue is on the canvas.
 */
export function checkSnsWiring(
  { nodes, edges }: Pick<Scenario, 'nodes' | 'edges'>,
  problems: string[],
): void {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.type === 'sns-topic') {
      const name = node.config.TopicName;
      if (isTopicName(name) && names.has(name))
        problems.push(`node ${node.id}: TopicName "${name}" is used by two nodes.`);
      if (isTopicName(name)) names.add(name);
    } else if (node.type === 'publisher') {
      const own = edges.filter((e) => e.type === 'publishes-to' && e.source === node.id);
      if (own.length > 1)
        problems.push(
          `node ${node.id}: a publisher works with one topic, but has ${own.length} edges.`,
        );
    }
  }
  const queues = new Set(
    nodes.filter((n) => n.type === 'sqs-queue').map((n) => n.config.QueueName),
  );
  const pairs = new Set<string>();
  for (const edge of edges) {
    if (edge.type !== 'subscription') continue;
    const pair = `${edge.source}→${edge.target}`;
    if (pairs.has(pair))
      problems.push(`edge ${edge.id}: ${edge.target} is subscribed to ${edge.source} twice.`);
    pairs.add(pair);
    const dlq = edge.config?.DeadLetterQueue;
    if (typeof dlq === 'string' && dlq !== '' && !queues.has(dlq))
      problems.push(`edge ${edge.id}: DeadLetterQueue "${dlq}" is no queue on the canvas.`);
  }
}
