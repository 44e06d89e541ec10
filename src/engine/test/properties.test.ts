import { describe, expect, it } from 'vitest';
import { firstDifference, observe } from '../testing/difference';
import { Random } from '../testing/random';
import { played, WorkloadPlayer } from '../testing/workloadPlayer';
import { SEEDS, workloads } from './workloads';

/** A run takes a fraction of a second; a loaded, shared machine takes many times that. */
const TIMEOUT = 30_000;

/**
 * What holds for every service, over its workload's seeded calls (see testing/workload.ts): the
 * same seed gives the same world; how the clock is sliced changes nothing; a restored snapshot
 * replays the same future; and the service's own check (conservation) holds throughout. The seed
 * is in each test's name: a failure is replayed by its seed.
 */

describe.each(workloads.map((w) => [w.service, w] as const))('%s workload', (_, workload) => {
  for (const seed of SEEDS) {
    // The run both first properties compare with, made once.
    let plain: ReturnType<typeof played> | undefined;
    const plainRun = () => (plain ??= played(workload, seed));

    it(
      `seed ${seed}: the same seed and calls give the same log, answers and gauges`,
      async () => {
        const [one, other] = [await plainRun(), await played(workload, seed)];
        expect(firstDifference(observe(one.world), observe(other.world))).toBeUndefined();
      },
      TIMEOUT,
    );

    it(
      `seed ${seed}: the clock run in random slices (advanceTo, advanceBy) changes nothing`,
      async () => {
        const whole = await plainRun();
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
