import { useAppStore, useAppStoreApi, type AppStore } from '../../store';
import { MessageTracker } from './messageTracker';

const trackers = new WeakMap<AppStore, MessageTracker>();

/**
 * The store's message tracker. It follows the store itself (a synchronous subscription), so no
 * event is missed even when several frames are committed between two renders.
 */
export function trackerFor(store: AppStore): MessageTracker {
  const tracker = trackers.get(store);
  if (tracker !== undefined) return tracker;
  const created = new MessageTracker();
  const { events, runId } = store.getState();
  created.sync(events, runId);
  store.subscribe((s) => created.sync(s.events, s.runId));
  trackers.set(store, created);
  return created;
}

/** The tracker, re-rendering the caller when events arrive. */
export function useTracker(): MessageTracker {
  const store = useAppStoreApi();
  useAppStore((s) => s.events);
  return trackerFor(store);
}
