import type { Edge, Node } from '@xyflow/react';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine';
import { queueNameOf } from '../../services/sqs/engine/scenario/queueConfig';

/** The id React Flow gives its keyboard help text: Canvas passes RF_ID as ReactFlow's `id`. */
export const RF_ID = 'playground';
export const RF_NODE_HELP_ID = `react-flow__node-desc-${RF_ID}`;

export type PlaygroundNodeData = { node: ScenarioNode };
export type PlaygroundNode = Node<PlaygroundNodeData>;
export type PlaygroundEdgeData = { edge: ScenarioEdge };
export type PlaygroundEdge = Edge<PlaygroundEdgeData>;

export function countsId(nodeId: string): string {
  return `node-counts-${nodeId}`;
}

/**
 * Finds what events talk about: events name queues by QueueName and actors by ActorId (a node
 * id; autoscaling instances are "<group id>-<n>").
 */
export interface WorldIndex {
  queueNodeId(queueName: string): string | undefined;
  nodeIdOfActor(actorId: string): string | undefined;
  /**
   * The edge from a queue (by name) to a reader node, or from a producer node (or a consumer
   * sending its replies) to a queue.
   */
  readerEdge(queueName: string, readerNodeId: string): string | undefined;
  sendsToEdge(producerNodeId: string, queueName: string): string | undefined;
  deadLetterEdge(queueName: string, dlqName: string): string | undefined;
}

export function worldIndex(scenario: Pick<Scenario, 'nodes' | 'edges'>): WorldIndex {
  const queueIds = new Map<string, string>();
  for (const n of scenario.nodes) {
    const name = queueNameOf(n);
    if (n.type === 'sqs-queue' && name !== undefined) queueIds.set(name, n.id);
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
    sendsToEdge(senderNodeId, queueName) {
      const to = `${senderNodeId}|${queueIds.get(queueName) ?? ''}`;
      return edgeBy.get(`sends-to|${to}`) ?? edgeBy.get(`replies-to|${to}`);
    },
    deadLetterEdge: (queueName, dlqName) =>
      edgeBy.get(`dead-letter|${queueIds.get(queueName) ?? ''}|${queueIds.get(dlqName) ?? ''}`),
  };
}
