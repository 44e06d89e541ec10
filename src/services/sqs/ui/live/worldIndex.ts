import type { Scenario } from '../../../../engine';
import { queueNameOf } from '../../engine/scenario/queueConfig';

/**
 * Finds what SQS's events talk about: they name queues by QueueName and actors by ActorId (a
 * node id; autoscaling instances are "<group id>-<n>"). Only SQS's own nodes are looked at, so
 * another service's resource of the same name ("orders" the topic) is never taken for a queue.
 */
export interface WorldIndex {
  queueNodeId(queueName: string): string | undefined;
  nodeIdOfActor(actorId: string): string | undefined;
  /** The edge from a queue (by name) to a reader node. */
  readerEdge(queueName: string, readerNodeId: string): string | undefined;
  /** The edge from a producer node to a queue. */
  sendsToEdge(producerNodeId: string, queueName: string): string | undefined;
  /** The edge from a consumer sending its replies to a queue. */
  repliesToEdge(consumerNodeId: string, queueName: string): string | undefined;
  deadLetterEdge(queueName: string, dlqName: string): string | undefined;
}

export function worldIndex(scenario: Pick<Scenario, 'nodes' | 'edges'>): WorldIndex {
  const queueIds = new Map<string, string>();
  for (const n of scenario.nodes) {
    const name = n.type === 'sqs-queue' ? queueNameOf(n) : undefined;
    if (name !== undefined) queueIds.set(name, n.id);
  }
  const ids = new Set(scenario.nodes.map((n) => n.id));
  const groups = scenario.nodes.filter((n) => n.type === 'autoscaling-consumers').map((n) => n.id);
  const edgeBy = new Map(scenario.edges.map((e) => [`${e.type}|${e.source}|${e.target}`, e.id]));
  const reader = (queueId: string | undefined, readerId: string) =>
    queueId === undefined
      ? undefined
      : (edgeBy.get(`consumes-from|${queueId}|${readerId}`) ??
        edgeBy.get(`triggers|${queueId}|${readerId}`));
  return {
    queueNodeId: (name) => queueIds.get(name),
    nodeIdOfActor(actorId) {
      if (ids.has(actorId)) return actorId;
      return groups.find(
        (g) => actorId.startsWith(`${g}-`) && /^\d+$/.test(actorId.slice(g.length + 1)),
      );
    },
    readerEdge(queueName, readerNodeId) {
      return reader(queueIds.get(queueName), readerNodeId);
    },
    sendsToEdge: (producerNodeId, queueName) =>
      edgeBy.get(`sends-to|${producerNodeId}|${queueIds.get(queueName) ?? ''}`),
    repliesToEdge: (consumerNodeId, queueName) =>
      edgeBy.get(`replies-to|${consumerNodeId}|${queueIds.get(queueName) ?? ''}`),
    deadLetterEdge: (queueName, dlqName) =>
      edgeBy.get(`dead-letter|${queueIds.get(queueName) ?? ''}|${queueIds.get(dlqName) ?? ''}`),
  };
}
