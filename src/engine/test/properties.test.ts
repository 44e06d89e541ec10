import { describe, expect, it } from 'vitest';
import { services } from '../../services/engine';
import { firstDifference, observe } from '../testing/difference';
import { Random } from '../testing/random';
import { played, WorkloadPlayer } from '../testing/workloadPlayer';
import { unanswered } from '../testing/workloadCoverage';
import { COVERAGE_SEEDS, SEEDS, workloads } from './workloads';

/** A run takes a fraction of a second; a loaded, shared machine takes many times that. */
const TIMEOUT = 30_000;

/**
 * What holds for every service, over its workload's seeded calls (see testing/workload.ts): the
 * same seed gives the same world; how the clock is sliced changes nothing; a restored snapshot
 * replays the same future; and the service's own check (conservation) holds throughout. The seed
 * is in each test's name: a failure is replayed by its seed. First, that the workloads reach all
 * of their services: the properties are only as good as the calls they run on.
 */
it('every service of the door with AWS actions brings a workload', () => {
  const missing = services
    .filter((s) => s.actions !== undefined && !workloads.some((w) => w.service === s.name))
    .map((s) => `src/services/${s.name}/engine/test/workload.ts`);
  expect(missing).toEqual([]);
});

describe.each(workloads.map((w) => [w.service, w] as const))('%s workload', (name, workload) => {
  // Plain runs, made once: the coverage and the first two properties compare with them.
  const plainRuns = new Map<number, ReturnType<typeof played>>();
  const plain = (seed: number) => {
    const run = plainRuns.get(seed) ?? played(workload, seed);
    plainRuns.set(seed, run);
    return run;
  };

  it(
    `seeds ${COVERAGE_SEEDS.join(', ')}: answer every action, control and actor kind of ${name}, and show ${workload.shows.length} kinds of event`,
    async () => {
      const plugin = [...services, ...(workload.extraServices ?? [])].find((s) => s.name === name);
      const runs = [];
      for (const seed of COVERAGE_SEEDS) runs.push((await plain(seed)).world);
      const seen = new Set<string>(runs.flatMap((world) => world.log.map((e) => e.type)));
      expect(
        plugin &&
          unanswered(
            plugin,
            runs.flatMap((world) => world.calls),
          ),
      ).toEqual([]);
      expect(workload.shows.filter((type) => !seen.has(type))).toEqual([]);
    },
    TIMEOUT * 2,
  );

  for (const seed of SEEDS) {
    it(
      `seed ${seed}: the same seed and calls give the same log, answers and gauges`,
      async () => {
        const [one, other] = [await plain(seed), await played(workload, seed)];
        expect(firstDifference(observe(one.world), observe(other.world))).toBeUndefined();
      },
      TIMEOUT,
    );

    it(
      `seed ${seed}: the clock run in random slices (advanceTo, advanceBy) changes nothing`,
      async () => {
        const whole = await plain(seed);
        const sliced = await played(workload, seed, new Random(seed * 7_919));
        expect(firstDifference(observe(whole.world), observe(sliced.world))).toBeUndefined();
      },
      TIMEOUT,
    );

    it(
      `seed ${seed}: a snapshot at a random point replays the same future, here or in a new world`,
      async () => {
        const at = new Random(seed * 31).int(1, workload.steps - 1);
        const player = new WorkloadPlayer(workload, seed);
        await player.setup();
        await player.play(new Random(seed), at);
        await player.answerWaits();
        await player.snapshot('middle');
        const from = { log: player.world.log.length, calls: player.world.calls.length };
        const future = async (on: WorkloadPlayer<unknown>) => {
          await on.play(new Random(seed + 1), workload.steps - at);
          return observe(on.world, from);
        };
        const first = await future(player);
        await player.restore('middle');
        expect(firstDifference(first, await future(player))).toBeUndefined();
        // Another seed: the snapshot is the whole world, its random streams included.
        const elsewhere = new WorkloadPlayer(workload, seed + 1_000);
        await elsewhere.restore('middle', player);
        expect(firstDifference(first, await future(elsewhere))).toBeUndefined();
      },
      TIMEOUT,
    );

    it(
      `seed ${seed}: the service's own check holds after every ten calls and when all is done`,
      async () => {
        const player = new WorkloadPlayer(workload, seed);
        await player.setup();
        const random = new Random(seed);
        for (let done = 0; done < workload.steps; done += 10) {
          await player.play(random, Math.min(10, workload.steps - done));
          await workload.check(player.world);
        }
        await player.world.advanceBy(120_000);
        await workload.check(player.world);
      },
      TIMEOUT,
    );
  }
});
