import { describe, expect, it } from 'vitest';
import { createEngine, loadScenario, validateScenario } from '../../../engine';
import { SNS_SCENARIOS } from './index';
import { SNS_LESSON_TITLES } from './lessons';

/** The SNS facts of LESSONS.md, L25–L33: a lesson a scenario cites must be one of them. */
const SNS_LESSONS = Array.from({ length: 9 }, (_, i) => `L${i + 25}`);

describe('built-in SNS scenarios', () => {
  it.each(SNS_SCENARIOS.map((b) => [b.id, b] as const))(
    '%s passes validateScenario unchanged, narrates every lesson it lists, and every step runs',
    async (_id, { scenario }) => {
      const result = validateScenario(JSON.parse(JSON.stringify(scenario)));
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(result).toEqual({ ok: true, scenario });
      for (const edge of scenario.edges) {
        const source = scenario.nodes.find((n) => n.id === edge.source);
        const target = scenario.nodes.find((n) => n.id === edge.target);
        expect(source!.position.x, edge.id).toBeLessThan(target!.position.x);
      }
      const narration = scenario.narration ?? [];
      const narrated = new Set(narration.flatMap((n) => n.lessons ?? []));
      expect([...narrated].sort()).toEqual([...scenario.lessons].sort());
      const engine = createEngine({ seed: scenario.seed });
      await loadScenario(engine, scenario);
      engine.advanceBy(Math.max(...narration.map((n) => n.at)) + 1_000);
      const events = engine.drain();
      expect(events.filter((e) => e.type === 'actor/narrated')).toHaveLength(narration.length);
    },
  );

  it('fan out: one publish reaches three queues, the filter keeps digital orders from shipping, and every service consumes its copies', async () => {
    const scenario = SNS_SCENARIOS.find((b) => b.id === 'sns-fan-out')!.scenario;
    const engine = createEngine({ seed: scenario.seed });
    await loadScenario(engine, scenario);
    engine.advanceBy(10_500);
    const events = engine.drain();
    const published = events.filter((e) => e.type === 'sns/published');
    expect(published).toHaveLength(10);
    const deliveredTo = (queue: string) =>
      events.filter((e) => e.type === 'sns/delivered' && e.queue === queue).length;
    expect([deliveredTo('shipping'), deliveredTo('billing'), deliveredTo('analytics')]).toEqual([
      5, 10, 10,
    ]);
    expect(events.filter((e) => e.type === 'sns/filtered-out')).toHaveLength(5);
    const deleted = (queue: string) =>
      events.filter((e) => e.type === 'sqs/deleted' && e.queue === queue).length;
    expect(deleted('shipping')).toBeGreaterThanOrEqual(4);
    expect(deleted('billing')).toBeGreaterThanOrEqual(9);
    expect(deleted('analytics')).toBeGreaterThanOrEqual(9);
  });

  it('cite only SNS lessons, each with a title for its badge', () => {
    const cited = SNS_SCENARIOS.flatMap((b) => [
      ...b.scenario.lessons,
      ...(b.scenario.narration ?? []).flatMap((step) => step.lessons ?? []),
    ]);
    expect(cited.filter((l) => !SNS_LESSONS.includes(l))).toEqual([]);
    expect([...new Set(cited)].sort()).toEqual(Object.keys(SNS_LESSON_TITLES).sort());
  });
});
