import { useEffect } from 'react';
import { saveScenario, startAutosave, type KeyValueStorage } from '../../persistence/autosave';
import { readShareFragment } from '../../persistence/shareLink';
import { initialDocument } from '../../persistence/startup';
import { useAppStoreApi, type AppStore } from '../../store';
import { notifyShareProblems, openShareLink } from './openDocument';

const started = new WeakSet<AppStore>();

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Removes the fragment after reading it, so a reload restores the (autosaved) edits instead. */
function clearHash(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/**
 * Opens the first document once per store, without undo history: a link (#s=... or #builtin=...)
 * if valid, else the autosave, else the decoupling scenario. An invalid link shows why and is not
 * used. A linked scenario is saved at once: the fragment is dropped, and a reload must show it.
 */
export function openInitialDocument(
  store: AppStore,
  hash: string,
  storage: KeyValueStorage | undefined,
): void {
  if (started.has(store)) return;
  started.add(store);
  const initial = initialDocument(hash, storage);
  store.setState((s) => ({
    scenario: initial.scenario,
    past: [],
    future: [],
    revision: s.revision + 1,
    lastEditLabel: undefined,
  }));
  if (initial.shareProblems !== undefined) notifyShareProblems(initial.shareProblems);
  if (storage !== undefined && initial.source.endsWith('-link'))
    saveScenario(storage, initial.scenario);
}

/**
 * Mount once at the root (renders nothing): opens the initial document, autosaves it to
 * localStorage (debounced), and opens share links pasted into the address bar later.
 */
export function DocumentPersistence() {
  const store = useAppStoreApi();
  useEffect(() => {
    const storage = browserStorage();
    const hash = window.location.hash;
    openInitialDocument(store, hash, storage);
    if (readShareFragment(hash).kind !== 'none') clearHash();
    const stop = storage === undefined ? () => {} : startAutosave(store, storage);
    const onHashChange = () => {
      const opened = openShareLink(store, window.location.hash);
      if (opened === 'none') return;
      clearHash();
      if (opened === 'opened' && storage !== undefined)
        saveScenario(storage, store.getState().scenario);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      stop();
    };
  }, [store]);
  return null;
}
