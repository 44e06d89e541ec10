import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { EdgeType, Scenario, ScenarioEdge, ScenarioNode } from '../../engine';
import { displayName, kindLabel, queueNameOf } from './nodeKinds';

/** The id React Flow gives its keyboard help text: Canvas passes RF_ID as ReactFlow's `id`. */
export const RF_ID = 'playground';
export const RF_NODE_HELP_ID = `react-flow__node-desc-${RF_ID}`;

export type PlaygroundNodeData = { node: ScenarioNode };
export type PlaygroundNode = Node<PlaygroundNodeData>;
export type PlaygroundEdgeData = { edge: ScenarioEdge };
export type PlaygroundEdge = Edge<PlaygroundEdgeData>;

/**
 * Handle ids: data flows left to right; a queue's dead-letter queue hangs below it, and a
 * consumer's replies leave from its bottom into the top of the reply queue (the same handle a
 * dead-letter queue is fed through: "in from above").
 */
export const HANDLE = {
  in: 'in',
  out: 'out',
  dlqOut: 'dlq',
  dlqIn: 'dlq-in',
  replyOut: 'reply',
} as const;

const SOURCE_HANDLE: Record<EdgeType, string> = {
  'sends-to': HANDLE.out,
  'consumes-from': HANDLE.out,
  triggers: HANDLE.out,
  'dead-letter': HANDLE.dlqOut,
  'replies-to': HANDLE.replyOut,
};

export function countsId(nodeId: string): string {
  return `node-counts-${nodeId}`;
}

/** The flow node last made from each scenario node, handed out again while it would be equal. */
const flowNodes = new WeakMap<ScenarioNode, PlaygroundNode>();

/**
 * React Flow re-renders a node whose object changed. A measured size or a selection touches one
 * or two nodes, so every other node keeps its object (and skips its render): a queue growing by
 * a row of chips must not re-render the whole canvas.
 */
export function toFlowNodes(
  scenario: Pick<Scenario, 'nodes'>,
  selectedId: string | undefined,
  moving: ReadonlyMap<string, { x: number; y: number }>,
  sizes: ReadonlyMap<string, { width: number; height: number }> = new Map(),
): PlaygroundNode[] {
  return scenario.nodes.map((node) => {
    const size = sizes.get(node.id);
    const position = moving.get(node.id) ?? node.position;
    const selected = node.id === selectedId;
    const previous = flowNodes.get(node);
    if (
      previous !== undefined &&
      previous.selected === selected &&
      previous.position.x === position.x &&
      previous.position.y === position.y &&
      previous.measured?.width === size?.width &&
      previous.measured?.height === size?.height
    )
      return previous;
    const created: PlaygroundNode = {
      id: node.id,
      // Controlled nodes must carry what React Flow measured, or the minimap and fitView lose them.
      ...(size === undefined ? {} : { measured: size }),
      type: node.type,
      position,
      data: { node },
      selected,
      ariaLabel: `${displayName(node)}, ${kindLabel(node)}`,
      // The node's live counts, then React Flow's keyboard help.
      domAttributes: { 'aria-describedby': `${countsId(node.id)} ${RF_NODE_HELP_ID}` },
    };
    flowNodes.set(node, created);
    return created;
  });
}

export function toFlowEdges(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  selectedId: string | undefined,
): PlaygroundEdge[] {
  const names = new Map(scenario.nodes.map((n) => [n.id, displayName(n)]));
  return scenario.edges.map((edge) => {
    const fromAbove = edge.type === 'dead-letter' || edge.type === 'replies-to';
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      sourceHandle: SOURCE_HANDLE[edge.type],
      targetHandle: fromAbove ? HANDLE.dlqIn : HANDLE.in,
      data: { edge },
      selected: edge.id === selectedId,
      ariaLabel: edgeLabel(edge, names),
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color: EDGE_COLOR[edge.type],
        width: 16,
        height: 16,
      },
    };
  });
}

export const EDGE_COLOR: Record<EdgeType, string> = {
  'sends-to': '#E7157B',
  'consumes-from': '#64748b',
  triggers: '#ED7100',
  'dead-letter': '#dc2626',
  'replies-to': '#0d9488',
};

const EDGE_VERB: Record<EdgeType, string> = {
  'sends-to': 'sends to',
  'consumes-from': 'is read by',
  triggers: 'triggers',
  'dead-letter': 'has dead-letter queue',
  'replies-to': 'replies to',
};

function edgeLabel(edge: ScenarioEdge, names: Map<string, string>): string {
  const from = names.get(edge.source) ?? edge.source;
  const to = names.get(edge.target) ?? edge.target;
  const extra =
    edge.type === 'dead-letter' ? `, maxReceiveCount ${edge.maxReceiveCount ?? 10}` : '';
  return `${from} ${EDGE_VERB[edge.type]} ${to}${extra}`;
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
