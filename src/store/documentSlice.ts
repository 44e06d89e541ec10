import type { StateCreator } from 'zustand';
import type { Scenario } from '../engine';
import type { AppState } from './index';

/** How many edits undo remembers. */
const HISTORY = 100;

/**
 * The scenario being edited: the canvas, the inspector, autosave and share links all read and
 * write this one document. Every change goes through `edit`, so undo and redo see all of them.
 */
export interface DocumentSlice {
  scenario: Scenario;
  past: Scenario[];
  future: Scenario[];
  /** Bumped on every change; the worker reloads the world when it moves. */
  revision: number;
  /**
   * Applies a change (a pure function of the scenario); `label` names it for screen readers.
   * `appliedLive`: the running world already made the same change (an inspector setting checked
   * by the service's own call or UpdateActor), so the run goes on instead of starting over.
   */
  edit: (
    change: (scenario: Scenario) => Scenario,
    label: string,
    options?: { appliedLive?: boolean },
  ) => void;
  /** Whether the last change was already applied to the running world. */
  appliedLive: boolean;
  /** Replaces the document (open a scenario, import, share link): undoable like any edit. */
  replaceScenario: (scenario: Scenario) => void;
  undo: () => void;
  redo: () => void;
  lastEditLabel: string | undefined;
}

export function emptyScenario(): Scenario {
  return {
    version: 1,
    name: 'Untitled',
    description: '',
    seed: 1,
    lessons: [],
    nodes: [],
    edges: [],
  };
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  scenario: emptyScenario(),
  past: [],
  future: [],
  revision: 0,
  lastEditLabel: undefined,
  appliedLive: false,
  edit(change, label, options) {
    const { scenario, past, revision } = get();
    const next = change(scenario);
    if (next === scenario) return;
    set({
      scenario: next,
      past: [...past, scenario].slice(-HISTORY),
      future: [],
      revision: revision + 1,
      lastEditLabel: label,
      appliedLive: options?.appliedLive === true,
    });
  },
  replaceScenario(scenario) {
    get().edit(() => scenario, `Opened ${scenario.name}`);
  },
  undo() {
    const { past, scenario, future, revision } = get();
    const previous = past[past.length - 1];
    if (previous === undefined) return;
    set({
      scenario: previous,
      past: past.slice(0, -1),
      future: [scenario, ...future],
      revision: revision + 1,
      lastEditLabel: 'Undo',
      appliedLive: false,
    });
  },
  redo() {
    const { past, scenario, future, revision } = get();
    const next = future[0];
    if (next === undefined) return;
    set({
      scenario: next,
      past: [...past, scenario],
      future: future.slice(1),
      revision: revision + 1,
      lastEditLabel: 'Redo',
      appliedLive: false,
    });
  },
});
