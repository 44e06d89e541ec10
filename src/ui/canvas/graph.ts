import type { Edge, Node } from '@xyflow/react';
import type { ScenarioEdge, ScenarioNode } from '../../engine';

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
