import {
  createEngine,
  loadScenario,
  validateScenario,
  type Engine,
  type EngineEvent,
  type EngineOptions,
  type Scenario,
} from '../engine';
import {
  type FrameBatch,
  type FromWorker,
  type HistoryQuery,
  type Speed,
  type ToWorker,
} from '../protocol/messages';
import { advanceWithin, runFlatOut, stepOnce, type Run } from './advance';
import { Batcher } from './batcher';
import { Calls, messageOf } from './calls';
import { EventArchive } from './eventArchive';
import { answerHistory } from './history';
import { DEFAULT_LIMITS, type SimHostLimits } from './limits';
import { JumpAhead } from './jumpAhead';
import { Pacer, clampSpeed } from './pacer';
import { Rewinder } from './rewinder';

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
  scenario: Scenario;
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
  readonly #archive: EventArchive;
  readonly #rewinder: Rewinder;
  #world: World | undefined;
  #runId = 0;
  #loading: Promise<void> = Promise.resolve();
  #playing = false;
  #hidden = false;
  #speed: Speed = 1;
  readonly #jump = new JumpAhead();
  #pauseAnswer: FrameBatch['pauseAnswer'];
  /** Something the main thread has not seen yet (time moved, events, play state, a call). */
  #dirty = false;
  readonly #calls: Calls;

  constructor(options: SimHostOptions) {
    this.#post = options.post;
    this.#wallNow = options.wallNow;
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.#createEngine = options.createEngine ?? createEngine;
    this.#pacer = new Pacer(this.#limits.maxWallDeltaMs);
    this.#batcher = new Batcher(this.#limits.maxBufferedEvents);
    this.#archive = new EventArchive(this.#limits.maxArchivedEvents);
    this.#rewinder = new Rewinder(this.#wallNow, this.#limits.snapshotBudgetMs);
    this.#calls = new Calls({
      post: this.#post,
      loaded: () => this.#loading,
      engine: () => this.#world?.engine,
      calling: (now, service, action, input) => this.#rewinder.called(now, service, action, input),
      changed: () => {
        this.#dirty = true;
      },
    });
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
        if (!this.#playing) this.#pacer.restart();
        this.#playing = true;
        this.#dirty = true;
        return;
      case 'pause':
        this.#playing = false;
        this.#jump.stop();
        this.#dirty = true;
        if (message.shownFrame !== undefined) this.#stopAt(message.shownFrame);
        return;
      case 'speed':
        // No pacer restart: a dragged slider sends many of these, and the clock must keep going.
        this.#speed = clampSpeed(message.speed, this.#speed);
        this.#dirty = true;
        return;
      case 'step':
        this.#playing = false;
        this.#jump.stop();
        this.#dirty = true;
        this.#run((engine) => stepOnce(this.#runOf(engine)));
        return;
      case 'jump':
        this.#run((engine) => {
          this.#jump.start(engine.now(), message.ms);
          this.#dirty = true;
        });
        return;
      case 'history':
        this.#history(message.requestId, message.query);
        return;
      case 'call':
        void this.#calls.call(message.requestId, message.service, message.action, message.input);
        return;
      case 'ack':
        this.#batcher.ack(message.frame);
        this.#rewinder.acked(message.frame);
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
    const deadline = wallNow + this.#limits.maxSpeedBudgetMs;
    this.#run((engine) => {
      if (this.#jump.active) {
        const jumpDeadline = wallNow + this.#limits.maxJumpBudgetMs;
        const ended = this.#jump.slice(this.#runOf(engine), jumpDeadline);
        if (ended !== undefined) this.#dirty = true;
        if (ended === true) this.#pacer.restart(); // a jump's wall time is not played time
        return;
      }
      if (!this.#playing || this.#hidden) return;
      const wallMs = this.#pacer.wallDelta(wallNow);
      if (this.#speed === 'max') {
        this.#dirty = true;
        runFlatOut(this.#runOf(engine), deadline, this.#pacer, wallMs);
      } else {
        const ms = this.#pacer.virtualFor(wallMs, this.#speed);
        if (ms > 0) {
          advanceWithin(this.#runOf(engine), engine.now() + ms, deadline);
          this.#dirty = true;
        }
      }
    });
    this.#run((engine, world) => this.#flush(engine, world));
  }

  async #load(runId: number, scenario: Scenario): Promise<void> {
    this.#runId = runId;
    this.#world = undefined;
    this.#jump.stop();
    this.#pauseAnswer = undefined;
    this.#batcher.clear();
    this.#archive.clear();
    this.#rewinder.clear();
    this.#pacer.restart();
    this.#calls.abandon('RunReplaced', 'The world was rebuilt before this call finished.');
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
      this.#world = { runId, engine, startTime, scenario: checked.scenario };
      this.#dirty = true;
      this.#post({ type: 'loaded', runId, problems: [] });
    } catch (error) {
      if (runId === this.#runId)
        this.#post({ type: 'loaded', runId, problems: [messageOf(error)] });
    }
  }

  #runOf(engine: Engine): Run {
    return {
      engine,
      collect: (events) => this.#collect(events),
      wallNow: this.#wallNow,
      maxInstants: this.#limits.maxInstantsPerRun,
    };
  }

  #collect(events: EngineEvent[]): void {
    this.#archive.add(events);
    this.#batcher.add(events);
  }

  /**
   * Pause: go back to the frame the user saw (the worker computes ahead of the display), unless
   * a call is still waiting there (a rewind would cut it off). The next frame says which it was,
   * and goes out at once: the main thread holds newer frames until it hears.
   */
  #stopAt(shownFrame: number): void {
    let rewound = false;
    this.#run((engine) => {
      if (this.#calls.waiting) return;
      this.#collect(engine.drain());
      const back = this.#rewinder.rewind(engine, shownFrame, this.#archive.nextSeq);
      if (back === undefined) return;
      this.#archive.truncate(back.mark.seq);
      this.#batcher.clear();
      this.#collect(back.events);
      rewound = true;
    });
    this.#pauseAnswer = { shownFrame, rewound };
  }

  #history(requestId: number, query: HistoryQuery): void {
    const world = this.#world;
    if (world !== undefined) this.#collect(world.engine.drain());
    const limit = this.#limits.maxHistoryEvents;
    this.#post(answerHistory(this.#archive, query, this.#runId, world, requestId, limit));
  }

  #flush(engine: Engine, world: World): void {
    this.#collect(engine.drain());
    if (this.#batcher.pending > 0) this.#dirty = true;
    const flatOut = (this.#speed === 'max' && this.#playing) || this.#jump.active;
    const maxInFlight = flatOut ? this.#limits.maxInFlightFlatOut : this.#limits.maxInFlight;
    const answer = this.#pauseAnswer;
    if (!this.#dirty || (answer === undefined && !this.#batcher.canPost(maxInFlight))) return;
    const gauges = engine.gauges();
    // Flat out (or jumping), nobody can read single events: a frame carries the newest few, and
    // the rest show in the gauges. That keeps the main thread's work per frame small.
    const limit =
      this.#speed === 'max' || this.#jump.active ? this.#limits.maxEventsPerFrameFlatOut : Infinity;
    const { frame, events, eventsDropped, narration } = this.#batcher.take(limit);
    this.#dirty = false;
    this.#pauseAnswer = undefined;
    const now = engine.now();
    const jump = this.#jump.takeForFrame();
    if (jump?.ended === true) this.#dirty = true; // the next frame says the jump is over
    this.#rewinder.posted(
      { frame, now, seq: this.#archive.nextSeq },
      engine,
      this.#playing || jump !== undefined,
    );
    this.#post({
      type: 'frame',
      runId: world.runId,
      frame,
      now,
      startTime: world.startTime,
      playing: this.#playing,
      speed: this.#speed,
      events,
      eventsDropped,
      ...(narration.length > 0 && { narration }),
      ...(jump !== undefined && { jump: { from: jump.from, to: jump.to } }),
      ...(answer !== undefined && { pauseAnswer: answer }),
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
      this.#jump.stop();
      this.#batcher.clear();
      this.#rewinder.clear();
      const message = messageOf(error);
      this.#calls.abandon('SimulationFailed', `The simulation stopped: ${message}`);
      this.#post({ type: 'failed', runId: world.runId, message });
    }
  }
}
