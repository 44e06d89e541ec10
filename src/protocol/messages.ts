import type { EngineEvent, Scenario, WorldGauges } from '../engine';

/**
 * The one contract between the main thread and the simulation worker. Every message is a plain,
 * structured-clonable object discriminated by `type`.
 *
 * | direction | type      | meaning                                                          |
 * |-----------|-----------|------------------------------------------------------------------|
 * | → worker  | load      | build a fresh world from a scenario; a new runId tags its frames  |
 * | → worker  | play      | start the virtual clock                                          |
 * | → worker  | pause     | stop it (and a jump) at `shownFrame`, the frame the user saw      |
 * | → worker  | speed     | virtual ms per wall ms (0.1–1000) or "max" (as fast as possible) |
 * | → worker  | step      | run to the next moment something happens, then pause             |
 * | → worker  | jump      | advance the clock by `ms`, in budgeted slices, then keep the play |
 * |           |           | state; frames report its progress; pause stops it                |
 * | → worker  | call      | one engine.call (AWS or playground action); answered by `reply`  |
 * | → worker  | history   | the run's archived events about a message or node → `history`   |
 * | → worker  | ack       | the main thread committed frame `frame` (backpressure)           |
 * | → worker  | hidden    | the tab is hidden or shown (pacing stops counting hidden time)   |
 * | ← worker  | loaded    | the world of `runId` is ready, or the scenario's problems        |
 * | ← worker  | frame     | events since the last frame, gauges now, the clock and play state|
 * | ← worker  | reply     | the outcome of a `call`                                          |
 * | ← worker  | history   | the answer to `history`                                          |
 * | ← worker  | failed    | the engine threw: the run stops and says why                     |
 */
export type Speed = number | 'max';

export type ToWorker =
  | { type: 'load'; runId: number; scenario: Scenario }
  | { type: 'play' }
  /** `shownFrame`: the newest frame the main thread committed; the worker stops where it was. */
  | { type: 'pause'; shownFrame?: number }
  | { type: 'speed'; speed: Speed }
  | { type: 'step' }
  | { type: 'jump'; ms: number }
  | { type: 'call'; requestId: number; service: string; action: string; input: unknown }
  | { type: 'history'; requestId: number; query: HistoryQuery }
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
  /** Every narration event since the last frame: never left out, whatever the speed or jump. */
  narration?: EngineEvent[];
  /** While a jump runs: the virtual times it goes from and to (epoch ms). */
  jump?: { from: number; to: number };
  /**
   * The worker's answer to a pause: it stopped at `shownFrame` (`rewound`), so the frames it
   * posted after that one are void, or it could not go back and stopped where it was.
   */
  pauseAnswer?: { shownFrame: number; rewound: boolean };
  gauges: WorldGauges;
}

/** Which archived events `history` asks for (at least one of the two). */
export interface HistoryQuery {
  /** A MessageId, or the label the screens show ("m-12"). */
  messageId?: string;
  nodeId?: string;
}

/** One event of the run with its position in the run's whole event stream. */
export interface SequencedEvent {
  seq: number;
  event: EngineEvent;
}

export interface HistoryAnswer {
  type: 'history';
  requestId: number;
  runId: number;
  /** The newest matches, oldest first. */
  events: SequencedEvent[];
  /** The answer covers the run's events with seq below this. */
  upToSeq: number;
  /** The oldest seq the worker still keeps (older events of the run are gone). */
  keptFromSeq: number;
  /** Matches not sent: more than one answer carries. */
  leftOut: number;
}

export type FromWorker =
  | { type: 'loaded'; runId: number; problems: string[] }
  | FrameBatch
  | { type: 'reply'; requestId: number; ok: true; value: unknown }
  | { type: 'reply'; requestId: number; ok: false; error: { name: string; message: string } }
  | HistoryAnswer
  | { type: 'failed'; runId: number; message: string };

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;

/** How many recent events the main thread keeps, and so the most that one frame carries. */
export const EVENT_WINDOW = 5_000;

/** Narration is part of the story the Story tab tells: frames carry every such event. */
export function isNarration(event: EngineEvent): boolean {
  return event.type === 'actor/narrated';
}
