import type { ServicePlugin } from '../plugin';
import type { Random } from './random';
import type { RecordedCall, TestWorld } from './testWorld';

/** A call through the door. */
export interface Call {
  readonly service: string;
  readonly action: string;
  readonly input: unknown;
}

/**
 * What a service brings to the engine-wide properties (src/engine/test/properties.test.ts): random
 * but valid-ish calls to its actions, and what must hold after any of them. A service's workload
 * is `export const workload` in src/services/<name>/engine/test/workload.ts; the properties find
 * it there, so a new service gets them with that one file.
 */
export interface Workload<K = unknown> {
  /** The service it drives: its runs call every one of its actions, controls and actor kinds. */
  readonly service: string;
  /** Services the door's list lacks (a service added in a test). */
  readonly extraServices?: readonly ServicePlugin[];
  /** Calls every run makes first (the resources the random calls work on). */
  readonly setup?: readonly Call[];
  /** Random calls a run makes. */
  readonly steps: number;
  /** Event types its runs show, together (workloads.test.ts): the properties test something. */
  readonly shows: readonly string[];
  /** What a caller knows before any answer: plain data, so a snapshot can keep a copy. */
  start(): K;
  /** Learns from an answer or a refusal: the resources made, the handles given. */
  learn(known: K, call: RecordedCall): void;
  /** The next call, from seeded choices over what is known (it may note what it used). */
  next(random: Random, known: K): Call;
  /** How long the clock runs before the next call, in ms (0: the next call comes at once). */
  pause(random: Random): number;
  /**
   * What must hold at any moment, checked through `world.engine` (unrecorded), with `expect`:
   * every message in exactly one place, every resource as its answers said, ...
   */
  check(world: TestWorld): void | Promise<void>;
}
