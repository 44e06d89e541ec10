import type { EngineEvent } from '../../../engine';
import type { Moment } from '../../plugins/plugin';
import { uiServices } from '../../plugins/registry';

/** The events worth interrupting a screen reader for, as the services name them, in order. */
const MOMENTS: readonly Moment[] = uiServices.flatMap((s) => s.moments ?? []);
const BY_TYPE = new Map<string, Moment>(MOMENTS.map((m) => [m.type, m]));

/** The moments since the last announcement, counted, with the first sentence of each. */
export type Tally = Map<Moment, { count: number; first: string }>;

/** Adds an event's moment to a tally, remembering the first sentence of each kind. */
export function tally(into: Tally, event: EngineEvent, sentence: () => string): void {
  const moment = BY_TYPE.get(event.type);
  if (moment === undefined) return;
  const entry = into.get(moment);
  if (entry === undefined) into.set(moment, { count: 1, first: sentence() });
  else entry.count++;
}

/**
 * One short announcement for everything since the last one: a single event is read as its
 * sentence, several are counted ("3 visibility timeouts expired"). Undefined when nothing happened.
 */
export function summarize(t: Tally): string | undefined {
  const parts = MOMENTS.flatMap((m) => {
    const entry = t.get(m);
    if (entry === undefined) return [];
    return [entry.count === 1 ? entry.first : `${m.plural(entry.count)}.`];
  });
  return parts.length === 0 ? undefined : parts.join(' ');
}
