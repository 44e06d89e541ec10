import { useState } from 'react';
import { Inspector } from '../panels';
import { SERVICE_PANELS } from '../plugins/registry';
import { Narration } from '../scenarios/Narration';
import { PanelToggle } from './PanelToggle';
import { usePanelLayout } from './panelLayout';

/** The shell's tabs, then each service's (a message browser, a send form). */
const TABS = [
  { id: 'story', label: 'Story', Panel: Narration },
  { id: 'inspector', label: 'Inspector', Panel: Inspector },
  ...SERVICE_PANELS,
];

type TabId = string;

/** The right-hand panel: the scenario's story, then the selected node's settings and messages. */
export function SidePanel() {
  const [tab, setTab] = useState<TabId>('story');
  const active = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  const { open } = usePanelLayout();
  if (!open.details)
    return (
      <div className="flex h-full items-start justify-center p-1">
        <PanelToggle panel="details" openGlyph="»" closedGlyph="«" />
      </div>
    );
  return (
    <section aria-label="Details" className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-1 border-b border-slate-200 px-2 pt-2 dark:border-slate-800">
        <PanelToggle panel="details" openGlyph="»" closedGlyph="«" />
        <div
          role="tablist"
          aria-label="Panels"
          className="flex min-w-0 gap-0.5 overflow-x-auto xl:gap-1"
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={t.id === tab}
              aria-controls={`panel-${t.id}`}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => moveTab(e.key, t.id, setTab)}
              tabIndex={t.id === tab ? 0 : -1}
              className={`shrink-0 rounded-t-md px-1.5 py-1.5 text-sm xl:px-2.5 font-medium focus-visible:outline-2 focus-visible:outline-amber-500 ${
                t.id === tab
                  ? 'bg-white text-slate-900 shadow-sm dark:bg-slate-900 dark:text-slate-100'
                  : 'text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-slate-200'
              }`}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div
        role="tabpanel"
        id={`panel-${active.id}`}
        aria-labelledby={`tab-${active.id}`}
        className="min-h-0 flex-1 overflow-auto"
      >
        <active.Panel />
      </div>
    </section>
  );
}

function moveTab(key: string, current: TabId, setTab: (id: TabId) => void): void {
  const index = TABS.findIndex((t) => t.id === current);
  const next = key === 'ArrowRight' ? index + 1 : key === 'ArrowLeft' ? index - 1 : undefined;
  if (next === undefined) return;
  const tab = TABS[(next + TABS.length) % TABS.length];
  if (tab === undefined) return;
  setTab(tab.id);
  document.getElementById(`tab-${tab.id}`)?.focus();
}
