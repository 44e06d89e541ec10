import { describe, expect, it } from 'vitest';
import { explain, type Scenario } from '../../../engine';
import { SQS_SCENARIOS } from './index';

const builtInScenario = (id: string) => SQS_SCENARIOS.find((b) => b.id === id);
import { run } from './testing';

const sentences = async (scenario: Scenario, ms: number) =>
  (await run(scenario, ms)).events
    .filter((e) => e.type.startsWith('actor/script-step'))
    .map((e) => explain(e));

describe("a scenario's scripted steps in the event log", () => {
  it('say what the script did, to what, in plain words', async () => {
    expect(await sentences(builtInScenario('dead-letter-queue')!.scenario, 70_000)).toEqual([
      "The scenario's script sent a message to orders.",
      "The scenario's script changed fulfilment's settings: PoisonBodyContains is now “no-longer-matches”.",
      "The scenario's script started a redrive (StartMessageMoveTask) out of orders-dlq.",
    ]);
    expect(await sentences(builtInScenario('retention')!.scenario, 91_000)).toEqual([
      "The scenario's script crashed fulfilment on purpose.",
      "The scenario's script restarted fulfilment.",
    ]);
  });

  it('say why a step failed', async () => {
    const scenario: Scenario = {
      ...builtInScenario('retention')!.scenario,
      script: [
        { at: 0, service: 'playground', action: 'CrashActor', input: { ActorId: 'nobody' } },
      ],
    };
    const [failed] = await sentences(scenario, 1_000);
    expect(failed).toMatch(/^The scenario's script called CrashActor on nobody, and it failed: \S/);
  });
});
