import type { Scenario } from '../../../engine';
import { applyPatch, type Patch } from './spec';

/** The scenario with one node's config patched (same scenario when nothing changes). */
export function patchNodeConfig(scenario: Scenario, nodeId: string, patch: Patch): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) =>
      n.id === nodeId ? { ...n, config: applyPatch(n.config, patch) } : n,
    ),
  };
}

export function setEdgeMaxReceiveCount(
  scenario: Scenario,
  edgeId: string,
  value: number | undefined,
): Scenario {
  return {
    ...scenario,
    edges: scenario.edges.map((e) => {
      if (e.id !== edgeId) return e;
      const { maxReceiveCount: _old, ...rest } = e;
      return value === undefined ? rest : { ...rest, maxReceiveCount: value };
    }),
  };
}
