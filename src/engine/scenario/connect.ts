import type { Registry } from '../registry';
import type { ConnectionVerdict } from './kinds';
import type { Scenario, ScenarioEdge, ScenarioNode } from './types';

/**
 * Whether the canvas may join two nodes, asked of the services whose kinds they are: the one
 * place a connection rule lives besides the validator's checks it shares. Pure: the canvas, the
 * keyboard "Connect" form and the tests ask it.
 */
export function proposeConnectionWith(
  registry: Registry,
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  sourceId: string,
  targetId: string,
): ConnectionVerdict {
  const source = scenario.nodes.find((n) => n.id === sourceId);
  const target = scenario.nodes.find((n) => n.id === targetId);
  if (source === undefined || target === undefined)
    return { ok: false, reason: 'Both ends must be nodes on the canvas.' };
  for (const plugin of registry.plugins) {
    const verdict = plugin.scenario?.connection?.(scenario, source, target);
    if (verdict !== undefined) return verdict;
  }
  return {
    ok: false,
    reason: `A ${labelOf(registry, source)} and a ${labelOf(registry, target)} cannot be connected.`,
  };
}

export type ConnectResult =
  { ok: true; scenario: Scenario; edge: ScenarioEdge } | { ok: false; reason: string };

/** Adds the edge if the rules accept it, with the settings a node takes on with it. */
export function connectWith(
  registry: Registry,
  scenario: Scenario,
  sourceId: string,
  targetId: string,
): ConnectResult {
  const verdict = proposeConnectionWith(registry, scenario, sourceId, targetId);
  if (!verdict.ok) return verdict;
  const edge = { id: uniqueEdgeId(scenario, sourceId, targetId), ...verdict.edge } as ScenarioEdge;
  const patch = verdict.patch;
  const nodes =
    patch === undefined
      ? scenario.nodes
      : scenario.nodes.map((n) =>
          n.id === patch.nodeId ? { ...n, config: { ...n.config, ...patch.config } } : n,
        );
  return { ok: true, edge, scenario: { ...scenario, nodes, edges: [...scenario.edges, edge] } };
}

function labelOf(registry: Registry, node: ScenarioNode): string {
  return registry.nodeKind(node.type)?.label(node) ?? node.type;
}

function uniqueEdgeId(scenario: Pick<Scenario, 'edges'>, source: string, target: string): string {
  const ids = new Set(scenario.edges.map((e) => e.id));
  const base = `${source}->${target}`;
  let id = base;
  for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
  return id;
}
