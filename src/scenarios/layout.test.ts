import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from './index';

/** Nodes are about 240 px wide and up to ~130 px tall: built-ins must not stack them on each other. */
describe('built-in layouts', () => {
  it.each(BUILT_IN_SCENARIOS.map((b) => [b.id, b.scenario] as const))(
    '%s keeps its nodes apart',
    (_id, scenario) => {
      const overlapping: string[] = [];
      scenario.nodes.forEach((a, i) =>
        scenario.nodes.slice(i + 1).forEach((b) => {
          if (
            Math.abs(a.position.x - b.position.x) < 250 &&
            Math.abs(a.position.y - b.position.y) < 140
          ) {
            overlapping.push(`${a.id} and ${b.id}`);
          }
        }),
      );
      expect(overlapping).toEqual([]);
    },
  );
});
