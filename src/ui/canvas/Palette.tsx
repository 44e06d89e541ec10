import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { PanelToggle } from '../layout/PanelToggle';
import { ConnectForm } from './ConnectForm';
import { PALETTE_ITEMS, type PaletteItem } from '../plugins/registry';
import { PALETTE_DRAG_TYPE, createNode } from './nodeFactory';
import { displayName } from '../plugins/registry';
import { asOwnFlow } from './ownFlow';
import { visibleArea } from './visibleArea';

/**
 * Adds nodes: click or press Enter (placed at a free spot) or drag an item onto the canvas.
 * Below it, the keyboard way to connect two nodes.
 */
export function Palette({ collapsed = false }: { collapsed?: boolean }) {
  const store = useAppStoreApi();
  const edit = useAppStore((s) => s.edit);
  const selectNode = useAppStore((s) => s.selectNode);
  const [announcement, setAnnouncement] = useState('');

  const add = (item: PaletteItem) => {
    const node = createNode(store.getState().scenario, item, undefined, visibleArea());
    edit((s) => asOwnFlow({ ...s, nodes: [...s.nodes, node] }), `Added ${displayName(node)}`);
    selectNode(node.id);
    setAnnouncement(`Added ${item.label} ${displayName(node)}.`);
  };

  return (
    <section
      aria-labelledby="palette-title"
      className={`flex min-h-0 min-w-0 flex-col gap-3 overflow-x-hidden overflow-y-auto ${collapsed ? 'items-center px-1 py-2' : 'p-3'}`}
    >
      <div className="flex items-center justify-between gap-1">
        <h2
          id="palette-title"
          className={
            collapsed ? 'sr-only' : 'text-sm font-semibold text-slate-700 dark:text-slate-200'
          }
        >
          Add to the canvas
        </h2>
        <PanelToggle panel="palette" openGlyph="«" closedGlyph="»" />
      </div>
      <ul className="flex flex-col gap-1">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(PALETTE_DRAG_TYPE, item.key);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => add(item)}
              onKeyDown={(e) => {
                // Enter adds at once (and stops the browser's own click, so it adds once).
                if (e.key !== 'Enter') return;
                e.preventDefault();
                add(item);
              }}
              className="flex w-full cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-sm text-slate-800 hover:border-slate-400 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none active:cursor-grabbing dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-slate-500"
              aria-label={`Add ${item.label}`}
              title={`Add ${item.label} (click, or drag onto the canvas)`}
            >
              <span
                className="flex h-5 w-5 items-center justify-center overflow-hidden rounded-sm bg-white"
                aria-hidden="true"
              >
                {item.icon}
              </span>
              {!collapsed && item.label}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!collapsed && <ConnectForm />}
    </section>
  );
}
