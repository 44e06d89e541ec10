import { describe, type Described } from '../described';
import { createWorld, type Engine, type EngineSnapshot } from '../engine';
import type { EngineEvent } from '../events';
import type { WorldGauges } from '../gauges';
import { createEngine } from '../index';
import type { ServicePlugin } from '../plugin';
import type { LoadedScenario, Scenario } from '../scenario';
import { services } from '../../services/engine';
import { settle } from './settle';

/** How a call ended: its answer, or the AWS error it was refused with. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

export interface RecordedCall {
  readonly service: string;
  readonly action: string;
  readonly input: unknown;
  /** Virtual time of the call. */
  readonly at: number;
  /** Events in the log before the call: what it caused comes from here on. */
  readonly logAt: number;
  /** Undefined while the call waits (a long poll); a restored waiting call never ends. */
  outcome?: Outcome;
}

/** A world as a snapshot left it: the engine's state, and the log and calls a test saw so far. */
export interface Saved {
  readonly engine: EngineSnapshot;
  readonly log: readonly EngineEvent[];
  readonly calls: readonly RecordedCall[];
}

export interface TestWorldOptions {
  seed?: number;
  /** Services beyond the door's list (a service added in a test, as its one line would). */
  extraServices?: readonly ServicePlugin[];
}

/**
 * A fluent driver for engine tests (after tldraw's TestEditor): chain steps, then await the world
 * to run them; it settles to nothing, so hand a world out from plain functions, not async ones.
 *
 *   const world = new TestWorld({ seed: 7 });
 *   await world
 *     .call('svc', 'CreateThing', { Name: 'a' })
 *     .advanceBy(5_000)
 *     .snapshot('before')
 *     .call('svc', 'Poke', (w) => ({ Id: w.answer<{ Id: string }>('CreateThing').Id }));
 *   world.log; world.calls; world.gauges();
 *
 * Calls go through the door (createEngine; createWorld with the door's list when a test adds a
 * service). Every call is recorded with its outcome (a refusal is an
 * outcome, not a failure of the step), and every event is kept in `log`, in order. A snapshot
 * keeps the log and the calls with the engine's state, so a restore rewinds what the test saw.
 * It names no service: tests say which.
 */
export class TestWorld implements PromiseLike<void> {
  readonly engine: Engine;
  /** Answers of the world's services without running (words, scenario checks and loading). */
  readonly described: Described;
  /** What the last loadScenario step loaded. */
  loaded: LoadedScenario | undefined;
  private events: EngineEvent[] = [];
  private recorded: RecordedCall[] = [];
  /** Bumped by a restore: answers to calls of an earlier timeline are not this one's. */
  private timeline = 0;
  private readonly snapshots = new Map<string, Saved>();
  private readonly listeners: ((call: RecordedCall) => void)[] = [];
  private steps: Promise<void> = Promise.resolve();

  constructor({ seed = 1, extraServices = [] }: TestWorldOptions = {}) {
    const list = [...services, ...extraServices];
    this.engine = extraServices.length === 0 ? createEngine({ seed }) : createWorld({ seed }, list);
    this.described = describe(list);
  }

  /** Calls an action; `input` may be a function of the world as the step runs (earlier answers). */
  call(service: string, action: string, input?: (world: TestWorld) => unknown): this;
  call(service: string, action: string, input?: unknown): this;
  call(service: string, action: string, input?: unknown): this {
    return this.step(async () => {
      const given: unknown =
        typeof input === 'function' ? (input as (world: TestWorld) => unknown)(this) : input;
      const call: RecordedCall = {
        service,
        action,
        input: given,
        at: this.engine.now(),
        logAt: this.events.length,
      };
      this.recorded.push(call);
      const timeline = this.timeline;
      const end = (outcome: Outcome) => {
        if (timeline !== this.timeline) return;
        call.outcome = outcome;
        for (const listener of this.listeners) listener(call);
      };
      this.engine.call(service, action, given).then(
        (value) => end({ ok: true, value }),
        (error: unknown) => end({ ok: false, error: errorOf(error) }),
      );
      await this.collect();
    });
  }

  advanceBy(ms: number): this {
    return this.step(async () => {
      this.engine.advanceBy(ms);
      await this.collect();
    });
  }

  advanceTo(t: number): this {
    return this.step(async () => {
      this.engine.advanceTo(t);
      await this.collect();
    });
  }

  /** Keeps the world as it is now under a name (or hand it to another world: `saved`). */
  snapshot(name = 'snapshot'): this {
    return this.step(() => {
      this.snapshots.set(name, {
        engine: this.engine.snapshot(),
        log: [...this.events],
        calls: this.recorded.map((call) => ({ ...call })),
      });
    });
  }

  /** Brings back a snapshot of this world, by name, or one another world saved. */
  restore(from: string | Saved = 'snapshot'): this {
    return this.step(() => {
      const saved = typeof from === 'string' ? this.saved(from) : from;
      this.timeline++;
      this.engine.restore(saved.engine);
      this.events = [...saved.log];
      this.recorded = saved.calls.map((call) => ({ ...call }));
    });
  }

  /** Builds a scenario's world through the services' loader (its calls are not recorded). */
  loadScenario(scenario: Scenario): this {
    return this.step(async () => {
      this.loaded = await this.described.loadScenario(this.engine, scenario);
      await this.collect();
    });
  }

  /** Any check, in its place in the chain. */
  expect(check: (world: TestWorld) => void | Promise<void>): this {
    return this.step(() => check(this));
  }

  /** Runs the steps chained so far; settles when they are done, rejects at the first failure. */
  then<A = void, B = never>(
    onDone?: ((value: void) => A | PromiseLike<A>) | null,
    onFailed?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    const steps = this.steps;
    this.steps = Promise.resolve();
    return steps.then(onDone, onFailed);
  }

  get now(): number {
    return this.engine.now();
  }

  /** Every event of this timeline, in order. */
  get log(): readonly EngineEvent[] {
    return this.events;
  }

  /** Every call of this timeline, in order, with its outcome once it has one. */
  get calls(): readonly RecordedCall[] {
    return this.recorded;
  }

  /** Calls still waiting for their answer. */
  get waiting(): RecordedCall[] {
    return this.recorded.filter((call) => call.outcome === undefined);
  }

  gauges(): WorldGauges {
    return this.engine.gauges();
  }

  /** The answer of the latest successful call of an action. */
  answer<T = Record<string, unknown>>(action: string): T {
    for (let i = this.recorded.length - 1; i >= 0; i--) {
      const outcome = this.recorded[i]?.action === action ? this.recorded[i]?.outcome : undefined;
      if (outcome?.ok === true) return outcome.value as T;
    }
    throw new Error(`No ${action} has been answered yet.`);
  }

  saved(name: string): Saved {
    const saved = this.snapshots.get(name);
    if (saved === undefined) throw new Error(`No snapshot named ${name}.`);
    return saved;
  }

  /** Hears every answer and refusal as it comes (a workload learns from them). */
  onAnswer(listener: (call: RecordedCall) => void): void {
    this.listeners.push(listener);
  }

  private step(run: () => void | Promise<void>): this {
    this.steps = this.steps.then(run);
    return this;
  }

  /** Moves what the engine emitted into the log and lets answers reach their calls. */
  private async collect(): Promise<void> {
    for (const event of this.engine.drain()) this.events.push(event);
    await settle();
  }
}

function errorOf(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'NotAnError', message: String(error) };
}
