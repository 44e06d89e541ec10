import { describe, expect, it } from 'vitest';
import { createEngine, loadScenario, validateScenario } from '../../../engine';
import { defaultScenario } from '../../../ui/scenarios/catalogue';
import { SQS_SCENARIOS as BUILT_IN_SCENARIOS } from './index';
import { SQS_LESSON_TITLES as LESSON_TITLES } from './lessons';
import { run } from './testing';

/** Every SQS fact of LESSONS.md: L01 and L03–L24. */
const SQS_LESSONS = [
  'L01',
  ...Array.from({ length: 22 }, (_, i) => `L${String(i + 3).padStart(2, '0')}`),
];

describe('built-in scenarios', () => {
  it('have unique ids and names', () => {
    const ids = BUILT_IN_SCENARIOS.map((b) => b.id);
    const names = BUILT_IN_SCENARIOS.map((b) => b.scenario.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(BUILT_IN_SCENARIOS.map((b) => [b.id, b] as const))(
    '%s passes validateScenario unchanged and loads into an engine',
    async (_id, { scenario }) => {
      const result = validateScenario(JSON.parse(JSON.stringify(scenario)));
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(result).toEqual({ ok: true, scenario });
      const engine = createEngine({ seed: scenario.seed });
      const loaded = await loadScenario(engine, scenario);
      const queues = scenario.nodes.filter((n) => n.type === 'sqs-queue').map((n) => n.id);
      expect(Object.keys(loaded.queueUrls).sort()).toEqual(queues.sort());
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((b) => [b.id, b] as const))(
    '%s is laid out left to right, narrates every lesson it lists, and every step runs',
    async (_id, { scenario }) => {
      expect(scenario.description.length).toBeGreaterThan(40);
      const positions = scenario.nodes.map((n) => `${n.position.x},${n.position.y}`);
      expect(new Set(positions).size).toBe(positions.length);
      for (const edge of scenario.edges) {
        if (edge.type === 'dead-letter') continue;
        const source = scenario.nodes.find((n) => n.id === edge.source);
        const target = scenario.nodes.find((n) => n.id === edge.target);
        // Flows read left to right, except a reply flowing back to its requester.
        if (scenario.name.startsWith('Request')) continue;
        expect(source!.position.x, edge.id).toBeLessThan(target!.position.x);
      }
      const narration = scenario.narration ?? [];
      const narrated = new Set(narration.flatMap((n) => n.lessons ?? []));
      expect([...narrated].sort()).toEqual([...scenario.lessons].sort());
      const last = Math.max(
        ...narration.map((n) => n.at),
        ...(scenario.script ?? []).map((s) => s.at),
      );
      const { of } = await run(scenario, last + 1_000);
      expect(of('actor/narrated')).toHaveLength(narration.length);
      // A step fails only where the scenario teaches a refusal, and then with that error.
      const failed = of('actor/script-step-failed').map((e) => [e.step, e.error]);
      const refusals = (scenario.script ?? []).flatMap((s, i) =>
        s.expectError === undefined ? [] : [[i, s.expectError]],
      );
      expect(failed).toEqual(refusals);
      expect(of('actor/script-step-ran')).toHaveLength(
        (scenario.script ?? []).length - refusals.length,
      );
    },
  );

  it('together cover every SQS lesson, L01 and L03–L24', () => {
    const covered = new Set(BUILT_IN_SCENARIOS.flatMap((b) => b.scenario.lessons));
    expect(SQS_LESSONS.filter((l) => !covered.has(l))).toEqual([]);
    expect(SQS_LESSONS).toHaveLength(23);
  });

  it("name every lesson they cite, for the badges' tooltips", () => {
    const cited = BUILT_IN_SCENARIOS.flatMap((b) => [
      ...b.scenario.lessons,
      ...(b.scenario.narration ?? []).flatMap((step) => step.lessons ?? []),
    ]);
    expect([...new Set(cited)].filter((l) => LESSON_TITLES[l] === undefined)).toEqual([]);
    expect(Object.keys(LESSON_TITLES).sort()).toEqual(SQS_LESSONS);
  });

  it('gives a fresh copy of the default scenario every time', () => {
    const a = defaultScenario();
    a.nodes.pop();
    expect(defaultScenario().nodes.length).toBe(a.nodes.length + 1);
    expect(defaultScenario().name).toBe('Decoupling with a buffer');
  });
});
