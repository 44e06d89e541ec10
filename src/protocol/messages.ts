import type { EngineEvent, Scenario, WorldGauges } from '../engine';

/**
 * The one contract between the main thread and the simulation worker. Every message is a plain,
 * structured-clonable object discriminated by `type`.
 *
 * | direction | type      | meaning                                                          |
 * |-----------|-----------|------------------------------------------------------------------|
 * | → worker  | load      | build a fresh world from a scenario; a new runId tags its frames  |
 * | → worker  | play/pause| start or stop the virtual clock                                  |
 * | → worker  | speed     | virtual ms per wall ms (0.1–1000) or "max" (as fast as possible) |
 * | → worker  | step      | run to the next moment something happens, then pause             |
 * | → worker  | jump      | advance the clock by `ms` at once, then keep the play state      |
 * | → worker  | call      | one engine.call (AWS or playground action); answered by `reply`  |
 * | → worker  | ack       | the main thread committed frame `frame` (backpressure)           |
 * | → worker  | hidden    | the tab is hidden or shown (pacing stops counting hidden time)   |
 * | ← worker  | loaded    | the world of `runId` is ready, or the scenario's problems        |
 * | ← worker  | frame     | events since the last frame, gauges now, the clock and play state|
 * | ← worker  | reply     | the outcome of a `call`                                          |
 * | ← worker  | failed    | the engine threw: the run stops and says why                     |
 */
export type Speed = number | 'max';

export type ToWorker =
  | { type: 'load'; runId: number; scenario: Scenario }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'speed'; speed: Speed }
  | { type: 'step' }
  | { type: 'jump'; ms: number }
  | { type: 'call'; requestId: number; service: string; action: string; input: unknown }
  | { type: 'ack'; frame: number }
  | { type: 'hidden'; hidden: boolean };

export interface FrameBatch {
  type: 'frame';
  runId: number;
  frame: number;
  /** Virtual time now and when the world started (epoch ms). */
  now: number;
  startTime: number;
  playing: boolean;
  speed: Speed;
  events: EngineEvent[];
  /** Events left out because the main thread fell behind (their effects are in the gauges). */
  eventsDropped: number;
  gauges: WorldGauges;
}

export type FromWorker =
  | { type: 'loaded'; runId: number; problems: string[] }
  | FrameBatch
  | { type: 'reply'; requestId: number; ok: true; value: unknown }
  | { type: 'reply'; requestId: number; ok: false; error: { name: string; message: string } }
  | { type: 'failed'; runId: number; message: string };

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;

/** How many recent events the main thread keeps, and so the most that one frame carries. */
export const EVENT_WINDOW = 5_000;
