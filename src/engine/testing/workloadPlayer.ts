import { Random } from './random';
import { TestWorld } from './testWorld';
import type { Workload } from './workload';

/** The longest a call may wait for its answer before a snapshot (a long poll waits 20 s). */
const MAX_WAIT_MS = 600_000;

/**
 * Plays a workload on a TestWorld: its setup, then seeded steps of one call and a pause of the
 * clock. What the workload learned from answers is snapshot and restored with the world.
 */
export class WorkloadPlayer<K> {
  readonly world: TestWorld;
  private known: K;
  private readonly saved = new Map<string, K>();

  constructor(
    readonly workload: Workload<K>,
    seed: number,
  ) {
    this.world = new TestWorld({ seed, extraServices: workload.extraServices ?? [] });
    this.known = workload.start();
    this.world.onAnswer((call) => workload.learn(this.known, call));
  }

  async setup(): Promise<void> {
    for (const { service, action, input } of this.workload.setup ?? [])
      await this.world.call(service, action, input);
  }

  /**
   * Makes `steps` calls, the clock running the workload's pause after each. With a slicer, each
   * pause runs in random slices, by advanceTo and advanceBy, answers handed over between them (as
   * the worker runs a frame at a time): that must change nothing.
   */
  async play(random: Random, steps: number, slicer?: Random): Promise<void> {
    for (let i = 0; i < steps; i++) {
      const { service, action, input } = this.workload.next(random, this.known);
      await this.world.call(service, action, input);
      const ms = this.workload.pause(random);
      if (slicer === undefined) {
        if (ms > 0) await this.world.advanceBy(ms);
        continue;
      }
      const end = this.world.now + ms;
      while (this.world.now < end) {
        const to = Math.min(end, this.world.now + slicer.int(0, ms));
        if (slicer.chance(0.5)) await this.world.advanceTo(to);
        else await this.world.advanceBy(to - this.world.now);
      }
    }
  }

  /** Runs the clock until no call waits: a snapshot keeps no caller's waits (they are not data). */
  async answerWaits(): Promise<void> {
    for (let waited = 0; this.world.waiting.length > 0; waited += 1_000) {
      if (waited > MAX_WAIT_MS) throw new Error(`Calls still wait after ${MAX_WAIT_MS} ms.`);
      await this.world.advanceBy(1_000);
    }
  }

  async snapshot(name: string): Promise<void> {
    await this.world.snapshot(name);
    this.saved.set(name, structuredClone(this.known));
  }

  /** Brings back a snapshot of this player's, or of another player's (into this world). */
  async restore(name: string, from: WorkloadPlayer<K> = this): Promise<void> {
    await this.world.restore(from.world.saved(name));
    this.known = structuredClone(from.saved.get(name) as K);
  }
}

/** A workload's run as the properties make it: its setup, then its steps from `seed`. */
export async function played<K>(
  workload: Workload<K>,
  seed: number,
  slicer?: Random,
): Promise<WorkloadPlayer<K>> {
  const player = new WorkloadPlayer(workload, seed);
  await player.setup();
  await player.play(new Random(seed), workload.steps, slicer);
  return player;
}
