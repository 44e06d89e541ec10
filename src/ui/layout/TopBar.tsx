import { useAppStore } from '../../store';
import { TimeControls } from '../controls/TimeControls';
import { DocumentMenu } from '../persistence/DocumentMenu';
import { ScenarioPicker } from '../scenarios/ScenarioPicker';
import { CanvasOnlyToggle } from './CanvasOnlyToggle';
import { NewCanvasButton } from './NewCanvasButton';

/** The title, the scenario in hand and the document menu; the time controls beneath. */
export function TopBar() {
  const name = useAppStore((s) => s.scenario.name);
  return (
    <header className="min-w-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 xl:gap-x-3 border-b border-slate-200 bg-white px-4 py-1.5 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-base font-semibold tracking-tight whitespace-nowrap">
          Messaging Playground
        </h1>
        <ScenarioPicker />
        <NewCanvasButton />
        <span className="min-w-0 flex-1 basis-24 truncate text-sm text-slate-600 dark:text-slate-300">
          <span className="sr-only">Scenario: </span>
          {name}
        </span>
        <CanvasOnlyToggle />
        <div className="shrink-0">
          <DocumentMenu />
        </div>
      </div>
      <TimeControls />
    </header>
  );
}
