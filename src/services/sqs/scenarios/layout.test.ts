import { describe, expect, it } from 'vitest';
import type { ScenarioNode } from '../../../engine';
import { SQS_SCENARIOS as BUILT_IN_SCENARIOS } from './index';

/**
 * How big nodes are drawn (224 px wide; a queue with its fixed chip area about 200 px tall, the
 * others up to about 145 px), with room between them: built-ins must not stack nodes on each other.
 */
const WIDTH = 224 + 20;
const height = (n: ScenarioNode) => (n.type === 'sqs-queue' ? 200 : 145) + 12;

describe('built-in layouts', () => {
  it.each(BUILT_IN_SCENARIOS.map((b) => [b.id, b.scenario] as const))(
    '%s keeps its nodes apart',
    (_id, scenario) => {
      const overlapping: string[] = [];
      scenario.nodes.forEach((a, i) =>
        scenario.nodes.slice(i + 1).forEach((b) => {
          const [upper, lower] = a.position.y <= b.position.y ? [a, b] : [b, a];
          if (
            Math.abs(a.position.x - b.position.x) < WIDTH &&
            lower.position.y - upper.position.y < height(upper)
          ) {
            overlapping.push(`${a.id} and ${b.id}`);
          }
        }),
      );
      expect(overlapping).toEqual([]);
    },
  );
});
