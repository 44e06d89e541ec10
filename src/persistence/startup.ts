import type { Scenario } from '../engine';
import { defaultScenario } from '../ui/scenarios/catalogue';
import { loadAutosaved, type KeyValueStorage } from './autosave';
import { readShareFragment } from './shareLink';

/** What the app opens with, and why. */
export interface InitialDocument {
  scenario: Scenario;
  source: 'share-link' | 'builtin-link' | 'autosave' | 'default';
  /** Problems with a share link that could not be opened (the autosave or default is used). */
  shareProblems?: string[];
}

/**
 * A valid link (`#s=` or `#builtin=`) wins; otherwise the autosaved document; otherwise the
 * first-visit default (the decoupling scenario). An invalid link never replaces the canvas: its
 * problems are returned.
 */
export function initialDocument(
  hash: string,
  storage: KeyValueStorage | undefined,
): InitialDocument {
  const shared = readShareFragment(hash);
  if (shared.kind === 'shared' && shared.ok)
    return {
      scenario: shared.scenario,
      source: shared.builtIn === undefined ? 'share-link' : 'builtin-link',
    };
  const saved = storage === undefined ? undefined : loadAutosaved(storage);
  const fallback: InitialDocument =
    saved === undefined
      ? { scenario: defaultScenario(), source: 'default' }
      : { scenario: saved, source: 'autosave' };
  return shared.kind === 'shared' && !shared.ok
    ? { ...fallback, shareProblems: shared.problems }
    : fallback;
}
