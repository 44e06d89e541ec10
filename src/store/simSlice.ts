import type { StateCreator } from 'zustand';
import type { EngineEvent, HeldGauges } from '../engine';
import { EVENT_WINDOW, type FrameBatch, type Speed } from '../protocol/messages';
import type { AppState } from './index';

/** How many recent events the log keeps (older ones live on in the gauges and metrics). */
export const MAX_LOGGED_EVENTS = EVENT_WINDOW;

export interface LoggedEvent {
  /**
   * Position in the run's whole event stream, counting the events the worker left out: stable
   * keys for lists and highlights, and a gap in seqs shows where events are missing.
   */
  seq: number;
  event: EngineEvent;
}

export interface SimSlice {
  runId: number;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the scenario could not load, or why the engine stopped. */
  problems: string[];
  now: number;
  startTime: number;
  playing: boolean;
  speed: Speed;
  gauges: HeldGauges;
  events: LoggedEvent[];
  /** Every narration event of the run, in order: frames never leave one out. */
  narration: EngineEvent[];
  /** The newest frame committed (what the user sees); a pause names it. */
  frame: number;
  /** A jump in progress (virtual times it goes from and to), else undefined. */
  jump: FrameBatch['jump'];
  /** Events of the run so far, including those left out (the next seq). */
  eventCount: number;
  eventsDropped: number;
  /** Frames of the current run, newest last, committed together once per animation frame. */
  applyFrames: (frames: FrameBatch[]) => void;
  startRun: (runId: number) => void;
  setLoaded: (runId: number, problems: string[]) => void;
  setFailed: (runId: number, message: string) => void;
}

const EMPTY_GAUGES: HeldGauges = { actors: {} };

/**
 * The newest MAX_LOGGED_EVENTS of `log` then `added` (which holds at most that many), copied once
 * into an array of the right size: at high speed this runs on every frame, and a slice then a
 * concat would copy twice.
 */
function slide(log: readonly LoggedEvent[], added: readonly LoggedEvent[]): LoggedEvent[] {
  const kept = Math.min(log.length, MAX_LOGGED_EVENTS - added.length);
  const events = new Array<LoggedEvent>(kept + added.length);
  for (let i = 0; i < kept; i++) events[i] = log[log.length - kept + i]!;
  for (let i = 0; i < added.length; i++) events[kept + i] = added[i]!;
  return events;
}

export const createSimSlice: StateCreator<AppState, [], [], SimSlice> = (set, get) => ({
  runId: 0,
  status: 'idle',
  problems: [],
  now: 0,
  startTime: 0,
  playing: false,
  speed: 1,
  gauges: EMPTY_GAUGES,
  events: [],
  narration: [],
  frame: 0,
  jump: undefined,
  eventCount: 0,
  eventsDropped: 0,
  applyFrames(frames) {
    const current = frames.filter((f) => f.runId === get().runId);
    const last = current[current.length - 1];
    if (last === undefined) return;
    let { eventCount, eventsDropped } = get();
    // Only the newest MAX_LOGGED_EVENTS can stay: at high speed the frames of one animation
    // frame bring more than that, and wrapping the ones cut at once would only feed the GC.
    let skip = current.reduce((n, f) => n + f.events.length, 0) - MAX_LOGGED_EVENTS;
    const added: LoggedEvent[] = [];
    const said: EngineEvent[] = [];
    for (const frame of current) {
      if (frame.narration !== undefined) said.push(...frame.narration);
      // The worker leaves out the oldest events of a frame: they come before the ones it carries.
      eventsDropped += frame.eventsDropped;
      eventCount += frame.eventsDropped;
      for (const event of frame.events) {
        if (skip-- > 0) eventCount++;
        else added.push({ seq: eventCount++, event });
      }
    }
    const events = added.length === 0 ? get().events : slide(get().events, added);
    set({
      now: last.now,
      startTime: last.startTime,
      playing: last.playing,
      speed: last.speed,
      gauges: last.gauges,
      events,
      narration: said.length === 0 ? get().narration : [...get().narration, ...said],
      frame: last.frame,
      jump: last.jump,
      eventCount,
      eventsDropped,
    });
  },
  startRun(runId) {
    set({
      runId,
      status: 'loading',
      problems: [],
      events: [],
      narration: [],
      jump: undefined,
      eventCount: 0,
      eventsDropped: 0,
      gauges: EMPTY_GAUGES,
      playing: false,
      // The clock reads zero until the new world's first frame (or forever, if it fails to load).
      now: get().startTime,
    });
  },
  setLoaded(runId, problems) {
    if (runId !== get().runId) return;
    set({ status: problems.length === 0 ? 'ready' : 'failed', problems });
  },
  setFailed(runId, message) {
    if (runId !== get().runId) return;
    set({ status: 'failed', problems: [message], playing: false, jump: undefined });
  },
});
