import type { Scenario } from '../../engine';
import { scenarioFromJson } from '../../persistence/scenarioJson';
import { readShareFragment } from '../../persistence/shareLink';
import type { AppStore } from '../../store';
import { notifyError, notifyInfo } from '../notices/noticesStore';

/** Opens a scenario from a user action (import, link): undoable, with a notice. */
function open(store: AppStore, scenario: Scenario, how: string): void {
  store.getState().replaceScenario(scenario);
  notifyInfo(`${how} “${scenario.name}”.`, ['Undo (Ctrl+Z) brings back the previous canvas.']);
}

/** Imports a scenario file; an invalid one changes nothing and says why. */
export async function importScenarioFile(store: AppStore, file: File): Promise<boolean> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    notifyError(`Could not read ${file.name}.`);
    return false;
  }
  const parsed = scenarioFromJson(text);
  if (!parsed.ok) {
    notifyError(`${file.name} is not a valid scenario; the canvas is unchanged.`, parsed.problems);
    return false;
  }
  open(store, parsed.scenario, 'Imported');
  return true;
}

/**
 * Opens the share link in `hash`, if it is one. Returns what happened; an invalid link shows its
 * problems and keeps the current canvas.
 */
export function openShareLink(store: AppStore, hash: string): 'none' | 'opened' | 'invalid' {
  const shared = readShareFragment(hash);
  if (shared.kind === 'none') return 'none';
  if (!shared.ok) {
    notifyShareProblems(shared.problems);
    return 'invalid';
  }
  open(
    store,
    shared.scenario,
    shared.builtIn === undefined ? 'Opened the shared scenario' : 'Opened',
  );
  return 'opened';
}

export function notifyShareProblems(problems: string[]): void {
  notifyError('This share link could not be opened; the current canvas is kept.', problems);
}
