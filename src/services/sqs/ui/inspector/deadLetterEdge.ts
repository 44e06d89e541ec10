import type { Scenario } from '../../../../engine';

/** The scenario with a dead-letter edge's maxReceiveCount set (undefined: its default). */
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
