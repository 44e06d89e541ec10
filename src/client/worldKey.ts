import type { Scenario } from '../engine';

/**
 * What of a scenario the running world depends on, as a string to compare: everything except
 * node positions, the name, the description, the lessons list and narration text. Moving a node
 * or retitling the scenario must not rebuild the world (and send the clock back to zero).
 * Narration keeps its times: the script actor schedules them.
 */
export function worldKey(scenario: Scenario): string {
  const { name: _name, description: _description, lessons: _lessons, ...world } = scenario;
  return JSON.stringify(
    {
      ...world,
      nodes: scenario.nodes.map(({ position: _position, ...node }) => node),
      narration: scenario.narration?.map(({ text: _text, ...step }) => step),
    },
    sortedKeys,
  );
}

/** Key order is not meaning: `{a, b}` and `{b, a}` are the same world. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
