import { SimProvider, type SimProviderProps } from './client/SimProvider';
import { Canvas, Palette } from './ui/canvas';
import { BottomPanel } from './ui/layout/BottomPanel';
import { SidePanel } from './ui/layout/SidePanel';
import { TopBar } from './ui/layout/TopBar';
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
      {/* Wide screens: everything on one screen. Tablets: the canvas first, then tools and panels. */}
      <div className="grid min-h-dvh grid-rows-[auto_auto_auto] bg-slate-50 text-slate-900 lg:h-dvh lg:grid-rows-[auto_minmax(0,1fr)_14rem] dark:bg-slate-950 dark:text-slate-100">
        <TopBar />
        <main className="grid min-h-0 grid-cols-1 md:grid-cols-[16rem_minmax(0,1fr)] lg:grid-cols-[auto_minmax(0,1fr)_22rem] lg:grid-rows-[minmax(0,1fr)]">
          <Palette />
          <div className="order-first h-[60vh] min-h-0 md:col-span-2 lg:order-none lg:col-span-1 lg:h-auto">
            <Canvas />
          </div>
          <aside className="min-h-0 border-slate-200 bg-white max-lg:max-h-[70vh] max-lg:border-t lg:border-l dark:border-slate-800 dark:bg-slate-900">
            <SidePanel />
          </aside>
        </main>
        <footer className="h-72 min-h-0 border-t lg:h-auto border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-slate-900">
          <BottomPanel />
        </footer>
      </div>
      <Notices />
      <Announcer />
    </SimProvider>
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
