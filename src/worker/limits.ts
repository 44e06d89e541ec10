import { EVENT_WINDOW } from '../protocol/messages';

/** What the host allows itself per tick and per frame: the numbers behind pacing and backpressure. */
export interface SimHostLimits {
  /** Most wall time one tick may count (a hidden tab or a slow frame must not jump the world). */
  maxWallDeltaMs: number;
  /** Wall time one tick may spend running the world at speed "max". */
  maxSpeedBudgetMs: number;
  /** Wall time one tick may spend on a jump (pause still answers between two ticks). */
  maxJumpBudgetMs: number;
  /** Frames posted and not yet acknowledged by the main thread. */
  maxInFlight: number;
  /** The same while playing at "as fast as possible". */
  maxInFlightFlatOut: number;
  /** Events kept while the main thread is behind; older ones are counted as dropped. */
  maxBufferedEvents: number;
  /** At "as fast as possible", the most events one frame carries. */
  maxEventsPerFrameFlatOut: number;
  /** Most scheduled instants a step, or one "max" tick, runs (guards a world that never rests). */
  maxInstantsPerRun: number;
  /** Events of the run the worker keeps for the event log's searches by message or node. */
  maxArchivedEvents: number;
  /** Most events one history answer carries (the newest matches). */
  maxHistoryEvents: number;
  /** Wall time a pause snapshot may cost per posted frame (a slower world snapshots less often). */
  snapshotBudgetMs: number;
}

export const DEFAULT_LIMITS: SimHostLimits = {
  maxWallDeltaMs: 250,
  maxSpeedBudgetMs: 12,
  // Nothing to pace while jumping: longer slices lose less to frames, and 30 ms still answers
  // a pause at once to a human.
  maxJumpBudgetMs: 30,
  maxInFlight: 2,
  // Flat out, the main thread commits on every other display frame and shows the newest frame's
  // clock and gauges: a second frame waiting there would only double the events it clones,
  // for a log that scrolls faster than anyone reads it.
  maxInFlightFlatOut: 1,
  // The main thread keeps only the last EVENT_WINDOW: sending more would only cost cloning.
  maxBufferedEvents: EVENT_WINDOW,
  maxEventsPerFrameFlatOut: 500,
  maxInstantsPerRun: 100_000,
  // About 150 bytes an event: some 30 MB, an hour at 10 messages a second.
  maxArchivedEvents: 200_000,
  maxHistoryEvents: 20_000,
  snapshotBudgetMs: 2,
};
