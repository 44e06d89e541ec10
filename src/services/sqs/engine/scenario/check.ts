import type { Scenario } from '../../../../engine/scenario/types';
import { isQueueName } from './queueConfig';

const ACTORS = new Set(['producer', 'consumer', 'lambda-sqs', 'autoscaling-consumers']);

/**
 * Rules across a scenario's SQS nodes: queue names are unique, a queue has at most one
 * dead-letter queue, an actor works with one queue, and redrive chains end.
 */
export function checkSqsWiring(
  { nodes, edges }: Pick<Scenario, 'nodes' | 'edges'>,
  problems: string[],
): void {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.type === 'sqs-queue') {
      // A name that is not valid was already refused as such.
      const name = node.config.QueueName;
      if (isQueueName(name) && names.has(name))
        problems.push(`node ${node.id}: QueueName "${name}" is used by two nodes.`);
      if (isQueueName(name)) names.add(name);
      if (edges.filter((e) => e.type === 'dead-letter' && e.source === node.id).length > 1)
        problems.push(`node ${node.id}: a queue has at most one dead-letter queue.`);
      continue;
    }
    if (!ACTORS.has(node.type)) continue;
    // An actor without an edge is allowed: it sits idle while the rest runs.
    const own = edges.filter((e) =>
      node.type === 'producer'
        ? e.source === node.id && e.type === 'sends-to'
        : e.target === node.id,
    );
    if (own.length > 1)
      problems.push(
        `node ${node.id}: a ${node.type} works with one queue, but has ${own.length} edges.`,
      );
  }
  // Redrive chains must end: a queue cannot be its own dead-letter queue, even through others.
  const dlq = new Map(
    edges.filter((e) => e.type === 'dead-letter').map((e) => [e.source, e.target]),
  );
  for (const start of dlq.keys()) {
    const seen = new Set([start]);
    for (let at = dlq.get(start); at !== undefined; at = dlq.get(at)) {
      if (seen.has(at)) {
        problems.push(`queue ${start}: its dead-letter edges form a loop.`);
        break;
      }
      seen.add(at);
    }
  }
}
