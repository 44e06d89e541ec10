import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from './catalogue';
import { useAppStoreApi } from '../../store';
import { notifyInfo } from '../notices/noticesStore';
import { LessonBadges } from './LessonBadges';

/**
 * "Scenarios": a button that opens a dialog listing the built-ins, each with its explanation and
 * the lesson ids it shows. Opening one replaces the document (undoable, like any edit).
 */
export function ScenarioPicker() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
      >
        Scenarios
      </button>
      {open && <PickerDialog onClose={close} />}
    </>
  );
}

function PickerDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const currentName = store.getState().scenario.name;

  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button[data-scenario]')?.focus();
  }, []);

  const openScenario = (built: BuiltInScenario) => {
    store.getState().replaceScenario(structuredClone(built.scenario));
    notifyInfo(`Opened “${built.scenario.name}”.`, [
      'Undo (Ctrl+Z) brings back the previous canvas.',
    ]);
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    const items = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const scenarios = items.filter((b) => b.dataset.scenario !== undefined);
    const s = scenarios.indexOf(document.activeElement as HTMLButtonElement);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && s >= 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      scenarios[(s + step + scenarios.length) % scenarios.length]?.focus();
    } else if (event.key === 'Tab' && items.length > 0) {
      // Keep focus inside the modal dialog.
      const last = items.length - 1;
      if (event.shiftKey && at <= 0) {
        event.preventDefault();
        items[last]?.focus();
      } else if (!event.shiftKey && at === last) {
        event.preventDefault();
        items[0]?.focus();
      }
    }
  };

  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center bg-slate-900/50 p-4 sm:p-8"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className="flex max-h-full w-full max-w-3xl flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <header className="flex items-center gap-3 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
          <h2 id={titleId} className="flex-1 text-lg font-semibold">
            Built-in scenarios
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </header>
        <ul
          aria-label="Scenarios"
          className="divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800"
        >
          {BUILT_IN_SCENARIOS.map((built) => (
            <li key={built.id}>
              <button
                type="button"
                data-scenario={built.id}
                onClick={() => openScenario(built)}
                aria-labelledby={`${titleId}-${built.id}-name`}
                aria-describedby={`${titleId}-${built.id}-summary ${titleId}-${built.id}-lessons`}
                className="block w-full px-5 py-3 text-left hover:bg-amber-50 focus-visible:bg-amber-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-amber-500 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
              >
                <span className="flex flex-wrap items-baseline gap-x-2">
                  <span id={`${titleId}-${built.id}-name`} className="font-medium">
                    {built.scenario.name}
                  </span>
                  {built.scenario.name === currentName && (
                    <span className="text-xs text-amber-700 dark:text-amber-400">(open now)</span>
                  )}
                </span>
                <span
                  id={`${titleId}-${built.id}-summary`}
                  className="mt-0.5 block text-sm text-slate-600 dark:text-slate-300"
                >
                  {built.summary}
                </span>
                <span className="mt-1 block text-xs leading-relaxed text-slate-500 dark:text-slate-400">
                  {built.scenario.description}
                </span>
                <LessonBadges
                  id={`${titleId}-${built.id}-lessons`}
                  lessons={built.scenario.lessons}
                  className="mt-2"
                />
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
