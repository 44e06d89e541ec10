import { beforeAll, describe, expect, it } from 'vitest';
import { services } from '../../services/engine';
import { PLAYGROUND } from '../registry';
import type { RecordedCall } from '../testing/testWorld';
import { played } from '../testing/workloadPlayer';
import { COVERAGE_SEEDS, workloads } from './workloads';

/**
 * The properties are only as good as the workloads: every service with AWS actions brings one,
 * and its runs reach every action, playground control and actor kind of its service, answered at
 * least once, and show the events that make the properties bite (moves, expiries, duplicates).
 */
it('every service of the door with AWS actions brings a workload', () => {
  const missing = services
    .filter((s) => s.actions !== undefined)
    .filter((s) => !workloads.some((w) => w.service === s.name))
    .map((s) => `src/services/${s.name}/engine/test/workload.ts`);
  expect(missing).toEqual([]);
});

describe.each(workloads.map((w) => [w.service, w] as const))('%s workload', (name, workload) => {
  const plugin = [...services, ...(workload.extraServices ?? [])].find((s) => s.name === name);
  let calls: RecordedCall[] = [];
  let types = new Set<string>();
  beforeAll(async () => {
    for (const seed of COVERAGE_SEEDS) {
      const { world } = await played(workload, seed);
      calls = [...calls, ...world.calls];
      types = new Set([...types, ...world.log.map((e) => e.type)]);
    }
  }, 60_000);
  const answered = (service: string, action: string, kind?: string) =>
    calls.some(
      (c) =>
        c.service === service &&
        c.action === action &&
        c.outcome?.ok === true &&
        (kind === undefined || (c.input as { Kind?: unknown }).Kind === kind),
    );

  it(`answers, over seeds ${COVERAGE_SEEDS.join(', ')}, every action, control and actor kind`, () => {
    const unanswered = [
      ...Object.keys(plugin?.actions ?? {}).filter((a) => !answered(name, a)),
      ...Object.keys(plugin?.playgroundActions ?? {}).filter((a) => !answered(PLAYGROUND, a)),
      ...Object.keys(plugin?.actorKinds ?? {})
        .filter((kind) => !answered(PLAYGROUND, 'CreateActor', kind))
        .map((kind) => `CreateActor ${kind}`),
    ];
    expect(plugin).toBeDefined();
    expect(unanswered).toEqual([]);
  });

  it(`shows ${workload.shows.join(', ') || 'its events'}`, () => {
    expect(workload.shows.filter((type) => !types.has(type))).toEqual([]);
  });
});
