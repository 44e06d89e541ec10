import { useEffect, useState } from 'react';
import { explainIn } from '../plugins/registry';
import { useAppStoreApi } from '../../store';
import { summarize, tally, type Tally } from './announcer/announce';

/** At most one announcement per this many wall milliseconds. */
export const ANNOUNCE_EVERY_MS = 4000;

/**
 * A polite live region for screen readers: the moments the services mark (UiService.moments)
 * and a scenario finishing loading. Events are tallied and read at most once every few seconds,
 * so a busy run never floods the reader.
 */
export function Announcer() {
  const store = useAppStoreApi();
  const [text, setText] = useState('');
  useEffect(() => {
    let pending: Tally = new Map();
    let loaded: string | undefined;
    let seen = store.getState().eventCount;
    let status = store.getState().status;
    // The words for the world's events, made again when its scenario changes.
    let scenario = store.getState().scenario;
    let explain = explainIn(scenario);
    const unsubscribe = store.subscribe((state) => {
      if (state.status !== status) {
        status = state.status;
        if (status === 'ready') loaded = `Scenario ${state.scenario.name} loaded.`;
        if (status === 'failed')
          loaded = `Scenario ${state.scenario.name} could not run: ${state.problems.join(' ')}`;
      }
      if (state.eventCount < seen) seen = 0; // a new run
      if (state.eventCount === seen) return;
      // The events not tallied yet: seqs from `seen` on (some may have been left out).
      const { events } = state;
      if (state.scenario !== scenario) explain = explainIn((scenario = state.scenario));
      let first = events.length;
      while (first > 0 && events[first - 1]!.seq >= seen) first--;
      seen = state.eventCount;
      for (let i = first; i < events.length; i++) {
        const { event } = events[i]!;
        tally(pending, event, () => explain(event));
      }
    });
    const timer = setInterval(() => {
      const said = [loaded, summarize(pending)].filter((s) => s !== undefined).join(' ');
      pending = new Map();
      loaded = undefined;
      if (said !== '') setText(said);
    }, ANNOUNCE_EVERY_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [store]);
  return (
    <div aria-live="polite" aria-atomic="true" role="status" className="sr-only">
      {text}
    </div>
  );
}
