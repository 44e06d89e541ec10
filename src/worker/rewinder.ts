import type { Engine, EngineSnapshot } from '../engine';

/** Where a posted frame left the world: its clock and how many events the run had had. */
export interface FrameMark {
  frame: number;
  now: number;
  seq: number;
}

/** A call through the door, kept so a rewind can apply it again. */
interface LoggedCall {
  at: number;
  service: string;
  action: string;
  input: unknown;
}

interface Saved extends FrameMark {
  snapshot: EngineSnapshot;
  /** How many calls had been logged when it was taken (index into the call log). */
  calls: number;
}

/** The world back at `mark`, rebuilt: the events it caused after that frame, in order. */
export interface Rewound {
  mark: FrameMark;
  /** Events of calls the user made after the frame they saw (applied again, at that frame). */
  events: ReturnType<Engine['drain']>;
}

/**
 * Lets a pause stop the world at the frame the user saw, although the worker computes ahead of
 * the display (frames in flight, a tick's budget flat out). It keeps a snapshot per posted
 * frame the main thread may still be showing (fewer when snapshots are slow: then it replays
 * from an older one, which the engine's slicing invariance makes exact) and the calls made since,
 * which a rewind applies again: at their own virtual time if it was before the frame the user
 * saw, at that frame's time if after (the user acted on what they saw).
 */
export class Rewinder {
  #marks: FrameMark[] = [];
  #saved: Saved[] = [];
  #calls: LoggedCall[] = [];
  /** Calls dropped from the front of #calls (Saved.calls counts from the run's start). */
  #callsDropped = 0;
  #every = 1;
  #sincesaved = 0;

  constructor(
    private readonly wallNow: () => number,
    /** Snapshot wall time allowed per posted frame (slower worlds snapshot every n frames). */
    private readonly snapshotBudgetMs: number,
    private readonly maxSaved = 8,
  ) {}

  /** A frame left the world at `mark`. Running, it is kept with a snapshot (or every n-th). */
  posted(mark: FrameMark, engine: Engine, running: boolean): void {
    this.#marks.push(mark);
    const due = ++this.#sincesaved >= this.#every;
    if (this.#saved.length > 0 && !(running && due)) return;
    const started = this.wallNow();
    const snapshot = engine.snapshot();
    this.#every = Math.max(1, Math.ceil((this.wallNow() - started) / this.snapshotBudgetMs));
    this.#sincesaved = 0;
    this.#saved.push({ ...mark, snapshot, calls: this.#callsDropped + this.#calls.length });
    if (this.#saved.length > this.maxSaved) this.#saved.shift();
    this.#pruneCalls();
  }

  called(at: number, service: string, action: string, input: unknown): void {
    this.#calls.push({ at, service, action, input: structuredClone(input) });
  }

  /** The main thread shows `frame` or newer: nothing older is needed. */
  acked(frame: number): void {
    this.#marks = fromNewestAtOrBefore(this.#marks, frame);
    this.#saved = fromNewestAtOrBefore(this.#saved, frame);
    this.#pruneCalls();
  }

  /** A new world: nothing of the old one can be gone back to. */
  clear(): void {
    this.#marks = [];
    this.#saved = [];
    this.#calls = [];
    this.#callsDropped = 0;
    this.#every = 1;
    this.#sincesaved = 0;
  }

  /**
   * Puts the world back where frame `shown` left it (plus the calls made since), or returns
   * undefined when that frame is unknown or the world is already there.
   */
  rewind(engine: Engine, shown: number, nextSeq: number): Rewound | undefined {
    const mark = this.#marks.find((m) => m.frame === shown);
    const from = this.#saved[lastIndexAtOrBefore(this.#saved, shown)];
    if (mark === undefined || from === undefined) return undefined;
    // Nothing ran since that frame (a call that emitted nothing leaves the world as a replay would).
    if (engine.now() === mark.now && nextSeq === mark.seq) return undefined;
    engine.restore(from.snapshot);
    for (const call of this.#calls.slice(from.calls - this.#callsDropped)) {
      engine.advanceTo(Math.max(engine.now(), Math.min(call.at, mark.now)));
      engine.call(call.service, call.action, call.input).catch(() => {});
    }
    engine.advanceTo(Math.max(engine.now(), mark.now));
    // Up to the frame the user saw, the replay repeats what was posted: those are known.
    const events = engine.drain().slice(mark.seq - from.seq);
    this.#marks = this.#marks.filter((m) => m.frame <= shown);
    this.#saved = this.#saved.filter((s) => s.frame <= shown);
    return { mark, events };
  }

  #pruneCalls(): void {
    const oldest = this.#saved[0];
    const drop = oldest === undefined ? this.#calls.length : oldest.calls - this.#callsDropped;
    if (drop <= 0) return;
    this.#calls = this.#calls.slice(drop);
    this.#callsDropped += drop;
  }
}

/** The newest entry at or before `frame` and everything after it. */
function fromNewestAtOrBefore<T extends { frame: number }>(list: T[], frame: number): T[] {
  const base = lastIndexAtOrBefore(list, frame);
  return base <= 0 ? list : list.slice(base);
}

function lastIndexAtOrBefore(list: readonly { frame: number }[], frame: number): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.frame <= frame) return i;
  return -1;
}
