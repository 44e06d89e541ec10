import {
  createEngine,
  loadScenario,
  validateScenario,
  type Engine,
  type EngineOptions,
  type Scenario,
} from '../engine';
import {
  MAX_SPEED,
  MIN_SPEED,
  type FromWorker,
  type Speed,
  type ToWorker,
} from '../protocol/messages';
import { Batcher } from './batcher';
import { DEFAULT_LIMITS, type SimHostLimits } from './limits';
import { Pacer } from './pacer';

export interface SimHostOptions {
  post: (message: FromWorker) => void;
  /** Wall clock in ms (performance.now in the worker; a fake in tests). */
  wallNow: () => number;
  limits?: Partial<SimHostLimits>;
  createEngine?: (options: EngineOptions) => Engine;
}

interface World {
  runId: number;
  engine: Engine;
  startTime: number;
}

/**
 * The thin host around the engine (DESIGN.md "The shape"): it turns wall time × speed into
 * virtual time, runs the engine, and posts one FrameBatch per tick. It decides nothing about
 * what services do; it has no timers of its own, so tests drive `tick` with a fake wall clock.
 */
export class SimHost {
  readonly #post: (message: FromWorker) => void;
  readonly #wallNow: () => number;
  readonly #limits: SimHostLimits;
  readonly #createEngine: (options: EngineOptions) => Engine;
  readonly #pacer: Pacer;
  readonly #batcher: Batcher;
  #world: World | undefined;
  #runId = 0;
  #loading: Promise<void> = Promise.resolve();
  #playing = false;
  #hidden = false;
  #speed: Speed = 1;
  /** Something the main thread has not seen yet (time moved, events, play state, a call). */
  #dirty = false;
  #pendingCalls = new Set<number>();

  constructor(options: SimHostOptions) {
    this.#post = options.post;
    this.#wallNow = options.wallNow;
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.#createEngine = options.createEngine ?? createEngine;
    this.#pacer = new Pacer(this.#limits.maxWallDeltaMs);
    this.#batcher = new Batcher(this.#limits.maxBufferedEvents);
  }

  /** Settles when the latest `load` has finished (tests await it). */
  get loading(): Promise<void> {
    return this.#loading;
  }

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'load':
        this.#loading = this.#load(message.runId, message.scenario);
        return;
      case 'play':
      case 'pause':
        if (this.#playing !== (message.type === 'play')) this.#pacer.restart();
        this.#playing = message.type === 'play';
        this.#dirty = true;
        return;
      case 'speed':
        // No pacer restart: a dragged slider sends many of these, and the clock must keep going.
        this.#speed = clampSpeed(message.speed, this.#speed);
        this.#dirty = true;
        return;
      case 'step':
        this.#playing = false;
        this.#dirty = true;
        this.#run((engine) => this.#step(engine));
        return;
      case 'jump':
        this.#dirty = true;
        this.#run((engine) => engine.advanceBy(Math.max(0, Math.round(message.ms))));
        return;
      case 'call':
        void this.#call(message.requestId, message.service, message.action, message.input);
        return;
      case 'ack':
        this.#batcher.ack(message.frame);
        return;
      case 'hidden':
        this.#hidden = message.hidden;
        this.#pacer.restart();
        return;
    }
  }

  /** One beat of the worker's loop: advance the clock while playing, then post a frame. */
  tick(): void {
    const wallNow = this.#wallNow();
    this.#run((engine) => {
      if (!this.#playing || this.#hidden) return;
      const wallMs = this.#pacer.wallDelta(wallNow);
      if (this.#speed === 'max') this.#runFlatOut(engine, wallNow, wallMs);
      else {
        const ms = this.#pacer.virtualFor(wallMs, this.#speed);
        if (ms > 0) {
          this.#advanceWithin(engine, engine.now() + ms, wallNow + this.#limits.maxSpeedBudgetMs);
          this.#dirty = true;
        }
      }
    });
    this.#run((engine, world) => this.#flush(engine, world));
  }

  async #load(runId: number, scenario: Scenario): Promise<void> {
    this.#runId = runId;
    this.#world = undefined;
    this.#batcher.clear();
    this.#pacer.restart();
    this.#abandonCalls('RunReplaced', 'The world was rebuilt before this call finished.');
    const checked = validateScenario(scenario);
    if (!checked.ok) {
      this.#post({ type: 'loaded', runId, problems: checked.problems });
      return;
    }
    try {
      const engine = this.#createEngine({ seed: checked.scenario.seed });
      const startTime = engine.now();
      await loadScenario(engine, checked.scenario);
      if (runId !== this.#runId) return;
      this.#world = { runId, engine, startTime };
      this.#dirty = true;
      this.#post({ type: 'loaded', runId, problems: [] });
    } catch (error) {
      if (runId === this.#runId)
        this.#post({ type: 'loaded', runId, problems: [messageOf(error)] });
    }
  }

  /** Runs the next scheduled instants until one of them reports something, then stops. */
  #step(engine: Engine): void {
    this.#batcher.add(engine.drain());
    for (let i = 0; i < this.#limits.maxInstantsPerRun; i++) {
      const next = engine.nextAt();
      if (next === undefined) return;
      engine.advanceTo(Math.max(next, engine.now()));
      const events = engine.drain();
      this.#batcher.add(events);
      if (events.length > 0) return;
    }
  }

  /**
   * Moves the clock to `target` through its scheduled instants, but stops when the tick's wall
   * budget is spent: a world too busy for the chosen speed runs slower instead of freezing the
   * worker (and pause still answers at once).
   */
  #advanceWithin(engine: Engine, target: number, deadline: number): void {
    for (let i = 0; i < this.#limits.maxInstantsPerRun; i++) {
      const next = engine.nextAt();
      if (next === undefined || next > target) {
        engine.advanceTo(target);
        return;
      }
      engine.advanceTo(Math.max(next, engine.now()));
      this.#batcher.add(engine.drain());
      if (this.#wallNow() >= deadline) return;
    }
  }

  /** Speed "max": as many scheduled instants as the tick's wall budget allows. */
  #runFlatOut(engine: Engine, wallStart: number, wallMs: number): void {
    const deadline = wallStart + this.#limits.maxSpeedBudgetMs;
    this.#dirty = true;
    for (let i = 0; i < this.#limits.maxInstantsPerRun; i++) {
      const next = engine.nextAt();
      if (next === undefined) {
        // Nothing will ever happen again: let the clock run at the top numeric speed.
        engine.advanceBy(this.#pacer.virtualFor(wallMs, MAX_SPEED));
        return;
      }
      engine.advanceTo(Math.max(next, engine.now()));
      this.#batcher.add(engine.drain());
      if (this.#wallNow() >= deadline) return;
    }
  }

  #flush(engine: Engine, world: World): void {
    this.#batcher.add(engine.drain());
    if (this.#batcher.pending > 0) this.#dirty = true;
    const flatOut = this.#speed === 'max' && this.#playing;
    const maxInFlight = flatOut ? this.#limits.maxInFlightFlatOut : this.#limits.maxInFlight;
    if (!this.#dirty || !this.#batcher.canPost(maxInFlight)) return;
    const gauges = engine.gauges();
    // Flat out, nobody can read single events: a frame carries the newest few, and the rest
    // show in the gauges. That keeps the main thread's work per frame small.
    const limit = this.#speed === 'max' ? this.#limits.maxEventsPerFrameFlatOut : Infinity;
    const { frame, events, eventsDropped } = this.#batcher.take(limit);
    this.#dirty = false;
    this.#post({
      type: 'frame',
      runId: world.runId,
      frame,
      now: engine.now(),
      startTime: world.startTime,
      playing: this.#playing,
      speed: this.#speed,
      events,
      eventsDropped,
      gauges,
    });
  }

  /** Runs `work` on the current world; if the engine throws, the run stops and says why. */
  #run(work: (engine: Engine, world: World) => void): void {
    const world = this.#world;
    if (world === undefined) return;
    try {
      work(world.engine, world);
    } catch (error) {
      if (this.#world !== world) return;
      this.#world = undefined;
      this.#playing = false;
      this.#batcher.clear();
      const message = messageOf(error);
      this.#abandonCalls('SimulationFailed', `The simulation stopped: ${message}`);
      this.#post({ type: 'failed', runId: world.runId, message });
    }
  }

  async #call(requestId: number, service: string, action: string, input: unknown): Promise<void> {
    this.#pendingCalls.add(requestId);
    await this.#loading;
    const world = this.#world;
    if (world === undefined) {
      this.#replyError(requestId, 'NoWorld', 'No world is running (it failed or did not load).');
      return;
    }
    try {
      const pending = world.engine.call(service, action, input);
      this.#dirty = true;
      const value = await pending;
      if (this.#pendingCalls.delete(requestId))
        this.#post({ type: 'reply', requestId, ok: true, value });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      this.#replyError(requestId, name, messageOf(error));
    }
  }

  #replyError(requestId: number, name: string, message: string): void {
    if (this.#pendingCalls.delete(requestId))
      this.#post({ type: 'reply', requestId, ok: false, error: { name, message } });
  }

  /** Calls still waiting (long polls) in a world that is gone would never settle: answer them. */
  #abandonCalls(name: string, message: string): void {
    for (const requestId of [...this.#pendingCalls]) this.#replyError(requestId, name, message);
  }
}

function clampSpeed(speed: Speed, previous: Speed): Speed {
  if (speed === 'max') return speed;
  if (!Number.isFinite(speed)) return previous;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
