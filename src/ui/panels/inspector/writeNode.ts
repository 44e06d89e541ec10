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
