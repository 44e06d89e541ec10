import { SimProvider, type SimProviderProps } from './client/SimProvider';
import { Canvas, Palette } from './ui/canvas';
import { BottomPanel } from './ui/layout/BottomPanel';
import { SidePanel } from './ui/layout/SidePanel';
import { TopBar } from './ui/layout/TopBar';
import { Notices } from './ui/notices/Notices';
import { Announcer } from './ui/panels';
import { DocumentPersistence } from './ui/persistence/DocumentPersistence';

/**
 * The playground: palette, canvas and panels around one simulation. Everything inside reads the
 * app store; everything that acts on the running world goes through SimProvider's controls.
 */
export function App({ createClient }: Pick<SimProviderProps, 'createClient'>) {
  return (
    <SimProvider {...(createClient === undefined ? {} : { createClient })}>
      <DocumentPersistence />
      <div className="grid h-dvh grid-rows-[auto_minmax(0,1fr)_14rem] bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <TopBar />
        <main className="grid min-h-0 grid-cols-[auto_minmax(0,1fr)_22rem] grid-rows-[minmax(0,1fr)]">
          <Palette />
          <Canvas />
          <aside className="min-h-0 border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <SidePanel />
          </aside>
        </main>
        <footer className="min-h-0 border-t border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-slate-900">
          <BottomPanel />
        </footer>
      </div>
      <Notices />
      <Announcer />
    </SimProvider>
  );
}
