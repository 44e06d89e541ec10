import type { Engine, EngineEvent } from '../engine';
import { MAX_SPEED } from '../protocol/messages';
import type { Pacer } from './pacer';

/** What the ways of moving the clock share: the world, where its events go, a wall clock. */
export interface Run {
  engine: Engine;
  collect: (events: EngineEvent[]) => void;
  wallNow: () => number;
  /** Most scheduled instants one call runs (guards a world that never rests). */
  maxInstants: number;
}

/**
 * Moves the clock to `target` through its scheduled instants, but stops when the wall `deadline`
 * passes: a world too busy for the chosen speed (or a long jump) runs in slices instead of
 * freezing the worker, so pause still answers at once. True when the clock reached `target`.
 */
export function advanceWithin(run: Run, target: number, deadline: number): boolean {
  const { engine } = run;
  for (let i = 0; i < run.maxInstants; i++) {
    const next = engine.nextAt();
    if (next === undefined || next > target) {
      engine.advanceTo(Math.max(target, engine.now()));
      return true;
    }
    engine.advanceTo(Math.max(next, engine.now()));
    run.collect(engine.drain());
    if (run.wallNow() >= deadline) return engine.now() >= target;
  }
  return false;
}

/** Speed "max": as many scheduled instants as the wall budget allows. */
export function runFlatOut(run: Run, deadline: number, pacer: Pacer, wallMs: number): void {
  const { engine } = run;
  for (let i = 0; i < run.maxInstants; i++) {
    const next = engine.nextAt();
    if (next === undefined) {
      // Nothing will ever happen again: let the clock run at the top numeric speed.
      engine.advanceBy(pacer.virtualFor(wallMs, MAX_SPEED));
      return;
    }
    engine.advanceTo(Math.max(next, engine.now()));
    run.collect(engine.drain());
    if (run.wallNow() >= deadline) return;
  }
}

/** Runs the next scheduled instants until one of them reports something, then stops. */
export function stepOnce(run: Run): void {
  const { engine } = run;
  run.collect(engine.drain());
  for (let i = 0; i < run.maxInstants; i++) {
    const next = engine.nextAt();
    if (next === undefined) return;
    engine.advanceTo(Math.max(next, engine.now()));
    const events = engine.drain();
    run.collect(events);
    if (events.length > 0) return;
  }
}
