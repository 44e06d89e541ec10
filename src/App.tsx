import { SimProvider, type SimProviderProps } from './client/SimProvider';
import { Canvas, Palette } from './ui/canvas';
import { BottomPanel } from './ui/layout/BottomPanel';
import { SidePanel } from './ui/layout/SidePanel';
import { TopBar } from './ui/layout/TopBar';
import { PanelLayoutContext, usePanelLayoutState } from './ui/layout/panelLayout';
import { Notices } from './ui/notices/Notices';
import { notifyInfo } from './ui/notices/noticesStore';
import { Announcer } from './ui/panels';
import { DocumentPersistence } from './ui/persistence/DocumentPersistence';
import type { AppState } from './store';

/**
 * The playground: palette, canvas and panels around one simulation. Everything inside reads the
 * app store; everything that acts on the running world goes through SimProvider's controls.
 */
export function App({ createClient }: Pick<SimProviderProps, 'createClient'>) {
  return (
    <SimProvider
      {...(createClient === undefined ? {} : { createClient })}
      onSetupRestart={announceRestart}
    >
      <DocumentPersistence />
      <Playground />
      <Announcer />
    </SimProvider>
  );
}

/**
 * Everything on one screen at every size, the panels scrolling inside: palette, canvas and
 * details side by side on wide screens; on tablets the details go under the canvas. Any panel
 * folds away, so the canvas can take the screen.
 */
function Playground() {
  const layout = usePanelLayoutState();
  const { palette, details, bottom } = layout.open;
  return (
    <PanelLayoutContext.Provider value={layout}>
      <div className="grid h-dvh grid-rows-[auto_minmax(0,1fr)_auto] bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <TopBar />
        <main
          className={`grid min-h-0 grid-cols-[var(--pal)_minmax(0,1fr)] grid-rows-[minmax(0,1fr)_auto] lg:grid-cols-[var(--pal)_minmax(0,1fr)_var(--side)] lg:grid-rows-[minmax(0,1fr)] ${
            palette ? '[--pal:14rem]' : '[--pal:3.25rem]'
          } ${details ? 'lg:[--side:18rem] xl:[--side:22rem]' : 'lg:[--side:2.75rem]'}`}
        >
          <Palette collapsed={!palette} />
          <div className="min-h-0 min-w-0">
            <Canvas />
          </div>
          <aside
            className={`relative col-span-2 min-h-0 border-slate-200 bg-white max-lg:border-t lg:col-span-1 lg:border-l dark:border-slate-800 dark:bg-slate-900 ${
              details ? 'max-lg:h-72' : ''
            }`}
          >
            <SidePanel />
            <Notices />
          </aside>
        </main>
        <footer
          className={`min-h-0 border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${
            bottom ? 'h-56 p-2' : 'px-2 py-0.5'
          }`}
        >
          <BottomPanel />
        </footer>
      </div>
    </PanelLayoutContext.Provider>
  );
}

/**
 * Edits rebuild the world from its start: say so, so a learner is not surprised by 0:00. Opening
 * a scenario says "Opened …" itself, and a new scenario starting at 0:00 surprises no one.
 */
function announceRestart(state: AppState): void {
  if (state.lastEditLabel?.startsWith('Opened ')) return;
  notifyInfo('The setup changed, so the simulation started again from 0:00.');
}
