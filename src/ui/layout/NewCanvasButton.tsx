import { useAppStore, useAppStoreApi } from '../../store';
import { emptyScenario } from '../../store/documentSlice';
import { CompactLabel } from './CompactLabel';

/**
 * Starts a blank canvas: no nodes, no title, no narration. An undoable edit like any other, so
 * Undo brings the previous canvas back.
 */
export function NewCanvasButton() {
  const store = useAppStoreApi();
  const edit = useAppStore((s) => s.edit);
  return (
    <button
      type="button"
      onClick={() => {
        store.getState().selectNode(undefined);
        edit(() => emptyScenario(), 'Opened a new canvas');
      }}
      title="Start again from an empty canvas (Undo brings this one back)"
      className="rounded-md px-2 py-1.5 whitespace-nowrap xl:px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <CompactLabel full="New canvas" short="New" />
    </button>
  );
}
