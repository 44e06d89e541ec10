import type { EngineEvent } from '../../engine';
import { useAppStore, useAppStoreApi, type AppStore } from '../../store';
import type { LoggedEvent } from '../../store/simSlice';

/**
 * Follows the event log incrementally (each event is applied once, by its seq), so views can read
 * what it rebuilt each frame without rescanning the log. It knows only what it saw whole: where
 * events are missing (a gap in seqs) it starts over after the gap, so state whose later events
 * were never seen does not linger, and what it holds stays as small as the log window however
 * long the run. A service says what its events do (apply) and what forgetting is (clear).
 */
export abstract class LogFollower {
  #lastSeq = -1;
  #runId: number | undefined;

  /** Applies the events not seen yet; starts over when a new run begins or events are missing. */
  sync(events: readonly LoggedEvent[], runId = 0): void {
    const last = events[events.length - 1];
    if (runId !== this.#runId || last === undefined || last.seq < this.#lastSeq) this.#reset();
    this.#runId = runId;
    if (last === undefined || last.seq === this.#lastSeq) return;
    let from = firstAfter(events, this.#lastSeq);
    // Events the worker left out, or that the log window moved past before they were applied.
    const gap = lastGap(events, from, this.#lastSeq);
    if (gap !== undefined) {
      this.#reset();
      from = gap;
    }
    for (let i = from; i < events.length; i++) this.apply(events[i]!.event);
    this.#lastSeq = last.seq;
  }

  abstract apply(e: EngineEvent): void;

  /** Forgets everything applied so far. */
  protected abstract clear(): void;

  #reset(): void {
    this.clear();
    this.#lastSeq = -1;
  }
}

/**
 * One follower of each store, made on first use. It follows the store itself (a synchronous
 * subscription), so no event is missed even when several frames are committed between two
 * renders; made before the views (main.tsx), it subscribed first, so views read it up to date.
 */
export function followerOf<T extends LogFollower>(create: () => T): (store: AppStore) => T {
  const followers = new WeakMap<AppStore, T>();
  return (store) => {
    const existing = followers.get(store);
    if (existing !== undefined) return existing;
    const created = create();
    const { events, runId } = store.getState();
    created.sync(events, runId);
    store.subscribe((s) => created.sync(s.events, s.runId));
    followers.set(store, created);
    return created;
  };
}

/** The store's follower, re-rendering the caller when events arrive. */
export function useFollower<T extends LogFollower>(of: (store: AppStore) => T): T {
  const store = useAppStoreApi();
  useAppStore((s) => s.events);
  return of(store);
}

/**
 * Index of the last event from `from` on whose seq does not follow the one before it (the event
 * before `from` having `seq`): where the events after a gap begin.
 */
function lastGap(events: readonly LoggedEvent[], from: number, seq: number): number | undefined {
  let gap: number | undefined;
  let expected = seq + 1;
  for (let i = from; i < events.length; i++) {
    const next = events[i]!.seq;
    if (next !== expected) gap = i;
    expected = next + 1;
  }
  return gap;
}

/** Index of the first logged event with seq > `seq` (the log is sorted by seq). */
function firstAfter(events: readonly LoggedEvent[], seq: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
