import { usePanelLayout } from './panelLayout';

/** Folds every panel away so the canvas takes the screen (a projector), or brings them back. */
export function CanvasOnlyToggle() {
  const { open, setAll } = usePanelLayout();
  const allClosed = !open.palette && !open.details && !open.bottom;
  return (
    <button
      type="button"
      onClick={() => setAll(allClosed)}
      aria-pressed={allClosed}
      title={allClosed ? 'Show the panels again' : 'Hide the panels: the canvas takes the screen'}
      className="rounded-md border whitespace-nowrap border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      Canvas only
    </button>
  );
}
