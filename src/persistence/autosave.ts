import type { Scenario } from '../engine';
import { scenarioFromJson, scenarioToJson } from './scenarioJson';

/** Where the document is kept between visits (versioned with the scenario format). */
export const AUTOSAVE_KEY = 'messaging-playground:document:v1';

/** The part of Web Storage autosave needs (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Stores the scenario; false when storage refuses (quota, private mode). */
export function saveScenario(storage: KeyValueStorage, scenario: Scenario): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, scenarioToJson(scenario));
    return true;
  } catch {
    return false;
  }
}

/** The autosaved scenario if there is one and it is still valid; undefined otherwise. */
export function loadAutosaved(storage: KeyValueStorage): Scenario | undefined {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  const parsed = scenarioFromJson(text);
  return parsed.ok ? parsed.scenario : undefined;
}

export interface Subscribable<T> {
  getState: () => T;
  subscribe: (listener: (state: T, previous: T) => void) => () => void;
}

/**
 * Writes the document `delayMs` after the last change (debounced: a drag is one write, not
 * sixty). Returns a stop function that flushes a pending write.
 */
export function startAutosave(
  store: Subscribable<{ scenario: Scenario }>,
  storage: KeyValueStorage,
  delayMs = 500,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    saveScenario(storage, store.getState().scenario);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) {
      clearTimeout(timer);
      flush();
    }
  };
}
