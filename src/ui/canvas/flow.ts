import { MarkerType } from '@xyflow/react';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine';
import { displayName, edgeKind, kindLabel } from '../plugins/registry';
import { RF_NODE_HELP_ID, countsId, type PlaygroundEdge, type PlaygroundNode } from './graph';

/** The flow node last made from each scenario node, handed out again while it would be equal. */
const flowNodes = new WeakMap<ScenarioNode, PlaygroundNode>();

/**
 * React Flow re-renders a node whose object changed. A measured size or a selection touches one
 * or two nodes, so every other node keeps its object (and skips its render): a node growing by
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
    const kind = edgeKind(edge.type);
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      ...(kind === undefined
        ? {}
        : { sourceHandle: kind.sourceHandle, targetHandle: kind.targetHandle }),
      data: { edge },
      selected: edge.id === selectedId,
      ariaLabel: edgeLabel(edge, names),
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color: kind?.color ?? '#64748b',
        width: 16,
        height: 16,
      },
    };
  });
}

function edgeLabel(edge: ScenarioEdge, names: Map<string, string>): string {
  const kind = edgeKind(edge.type);
  const from = names.get(edge.source) ?? edge.source;
  const to = names.get(edge.target) ?? edge.target;
  return `${from} ${kind?.verb ?? edge.type} ${to}${kind?.detail?.(edge) ?? ''}`;
}
