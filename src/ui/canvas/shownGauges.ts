import { createStore, type StoreApi } from 'zustand';
import type { HeldGauges } from '../../engine';
import type { AppState, AppStore } from '../../store';

/** As fast as possible, each node's counts are redrawn on every this many commits. */
export const FLAT_OUT_REFRESH_EVERY = 4;

export interface ShownGauges {
  gauges: HeldGauges;
}

/** Runs `callback` on the next display frame; returns how to cancel it. */
export type NextFrame = (callback: () => void) => () => void;

const nextAnimationFrame: NextFrame = (callback) => {
  const handle = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(handle);
};

/**
 * The gauges as the canvas shows them: the store's, except as fast as possible. There every
 * number on every node would change on every commit, faster than anyone reads it, and laying
 * out and painting those numbers was most of the main thread's work at that speed. So the
 * counts move on every FLAT_OUT_REFRESH_EVERY-th commit (about 8 times a second on a 60 Hz
 * display), every node on the same commit: nodes refreshed in turn showed different moments
 * side by side (1,223 held by one node against 1,219 sent by the node feeding it). That refresh
 * happens on the display frame after the commit, which flat out commits nothing (the frame sink
 * commits on every other one): on the commit's own frame, the nodes' layout and paint came on
 * top of the tokens and the event log, and made the longest task of the run. A node that
 * appears shows at once. Paused or at any other speed they follow every commit; the store's
 * gauges (metrics, inspector) are never held back.
 */
export function createShownGauges(
  initial: HeldGauges,
  nextFrame: NextFrame = nextAnimationFrame,
): {
  shown: StoreApi<ShownGauges>;
  follow: (state: Pick<AppState, 'gauges' | 'speed' | 'playing'>) => void;
} {
  const shown = createStore<ShownGauges>(() => ({ gauges: initial }));
  let latest = initial;
  let commits = 0;
  let cancelRefresh: (() => void) | undefined;
  const follow = ({ gauges, speed, playing }: Pick<AppState, 'gauges' | 'speed' | 'playing'>) => {
    const flatOut = speed === 'max' && playing;
    if (!flatOut) {
      cancelRefresh?.();
      cancelRefresh = undefined;
    }
    if (gauges === latest && (flatOut || shown.getState().gauges === gauges)) return;
    latest = gauges;
    if (!flatOut) {
      shown.setState({ gauges });
      return;
    }
    if (commits++ % FLAT_OUT_REFRESH_EVERY === 0 && cancelRefresh === undefined) {
      // The newest gauges when that frame comes, should a commit have come first after all.
      cancelRefresh = nextFrame(() => {
        cancelRefresh = undefined;
        shown.setState({ gauges: latest });
      });
    }
    shown.setState({ gauges: heldBack(shown.getState().gauges, gauges) });
  };
  return { shown, follow };
}

/** The resources of `latest`, service by service, each as shown before (a new one as it is now). */
function heldBack<G>(before: G, latest: G): G {
  const next = { ...latest };
  for (const service in latest) next[service] = keptEach(before[service], latest[service]);
  return next;
}

/** The entries of `latest`, each as in `before` where it has one. */
function keptEach<R>(before: R | undefined, latest: R): R {
  const next = { ...latest };
  for (const key in latest) {
    const kept = before?.[key];
    if (kept !== undefined) next[key] = kept;
  }
  return next;
}

const perStore = new WeakMap<AppStore, StoreApi<ShownGauges>>();

/** The canvas's gauges of a store, following it from the first use. */
export function shownGaugesFor(store: AppStore): StoreApi<ShownGauges> {
  const existing = perStore.get(store);
  if (existing !== undefined) return existing;
  const { shown, follow } = createShownGauges(store.getState().gauges);
  store.subscribe(follow);
  perStore.set(store, shown);
  return shown;
}
