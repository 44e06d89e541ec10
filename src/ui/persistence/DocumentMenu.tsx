import { useEffect, useRef, type ChangeEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { downloadScenario } from './files';
import { importScenarioFile } from './openDocument';
import { CompactLabel } from '../layout/CompactLabel';
import { ShareButtons } from './ShareButtons';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

/** Ctrl/Cmd+Z undo; Ctrl/Cmd+Shift+Z or Ctrl+Y redo. Text fields keep their own undo. */
export function shortcutOf(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'range'].includes(target.type)) ||
    target instanceof HTMLSelectElement
  );
}

const buttonClass =
  'rounded-md px-2 py-1.5 whitespace-nowrap xl:px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-800';

/** Undo / Redo, Export JSON, Import JSON, share links, with the keyboard shortcuts for undo. */
export function DocumentMenu() {
  const store = useAppStoreApi();
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const lastEdit = useAppStore((s) => s.lastEditLabel);
  const fileInput = useRef<HTMLInputElement>(null);
  const mod = isMac() ? '⌘' : 'Ctrl+';

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutOf(event);
      if (action === undefined || event.defaultPrevented || inTextField(event.target)) return;
      event.preventDefault();
      store.getState()[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file !== undefined) await importScenarioFile(store, file);
    input.value = ''; // choosing the same file again still fires change
  };

  return (
    <div role="toolbar" aria-label="Document" className="flex items-center gap-1">
      <button
        type="button"
        className={buttonClass}
        disabled={!canUndo}
        onClick={() => store.getState().undo()}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`Undo (${mod}Z)`}
      >
        Undo
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={`Redo (${mod}Shift+Z)`}
      >
        Redo
      </button>
      <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <button
        type="button"
        className={buttonClass}
        onClick={() => downloadScenario(store.getState().scenario)}
        title="Export JSON: download this scenario as a file"
      >
        <CompactLabel full="Export JSON" short="Export" />
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={() => fileInput.current?.click()}
        title="Import JSON: open a scenario file"
      >
        <CompactLabel full="Import JSON" short="Import" />
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Scenario file to import"
        onChange={(e) => void onFile(e)}
      />
      <ShareButtons buttonClass={buttonClass} />
      <span aria-live="polite" className="sr-only">
        {lastEdit === 'Undo' || lastEdit === 'Redo' ? `${lastEdit} done` : ''}
      </span>
    </div>
  );
}
