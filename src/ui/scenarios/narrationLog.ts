import { SCRIPT_ACTOR_ID, type EngineEvent } from '../../engine';

/** One narration step as it happened in the run. */
export interface NarratedStep {
  /** Position in the run's narration (a stable key). */
  seq: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
  text: string;
  lessons: string[];
}

/**
 * The run's narration as the Story tab shows it: the script actor's narrated events (the store
 * keeps every one; frames never leave them out), with their time since the start.
 */
export function narratedSteps(events: readonly EngineEvent[], startTime: number): NarratedStep[] {
  const steps: NarratedStep[] = [];
  events.forEach((e, seq) => {
    if (e.type !== 'actor/narrated' || e.actor !== SCRIPT_ACTOR_ID) return;
    steps.push({
      seq,
      elapsedMs: e.at - startTime,
      text: typeof e.text === 'string' ? e.text : '',
      lessons: Array.isArray(e.lessons)
        ? e.lessons.filter((l): l is string => typeof l === 'string')
        : [],
    });
  });
  return steps;
}

/** "1:05" for 65 s since the start. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
