import { SCRIPT_ACTOR_ID } from '../../engine';
import type { AppState } from '../../store';
import type { LoggedEvent } from '../../store/simSlice';

/** One narration step as it happened in the run. */
export interface NarratedStep {
  seq: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
  text: string;
  lessons: string[];
}

function narrated(entry: LoggedEvent, startTime: number): NarratedStep | undefined {
  const e = entry.event;
  if (e.type !== 'actor/narrated' || e.actor !== SCRIPT_ACTOR_ID) return undefined;
  return {
    seq: entry.seq,
    elapsedMs: e.at - startTime,
    text: typeof e.text === 'string' ? e.text : '',
    lessons: Array.isArray(e.lessons)
      ? e.lessons.filter((l): l is string => typeof l === 'string')
      : [],
  };
}

/**
 * The narration of the current run, kept even after its events scroll out of the store's capped
 * event log. Call `read` with each new state; it returns the same array until something changes,
 * so it can back useSyncExternalStore.
 */
export function createNarrationLog() {
  let runId = -1;
  let lastSeq = -1;
  let steps: NarratedStep[] = [];
  return {
    read(state: Pick<AppState, 'runId' | 'events' | 'startTime'>): NarratedStep[] {
      if (state.runId !== runId) {
        runId = state.runId;
        lastSeq = -1;
        steps = [];
      }
      const added: NarratedStep[] = [];
      for (const entry of state.events) {
        if (entry.seq <= lastSeq) continue;
        const step = narrated(entry, state.startTime);
        if (step !== undefined) added.push(step);
      }
      const newest = state.events[state.events.length - 1];
      if (newest !== undefined) lastSeq = Math.max(lastSeq, newest.seq);
      // A fresh run starts its event log again at seq 0.
      if (state.events.length === 0) lastSeq = -1;
      if (added.length > 0) steps = [...steps, ...added];
      return steps;
    },
  };
}

/** "1:05" for 65 s since the start. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
