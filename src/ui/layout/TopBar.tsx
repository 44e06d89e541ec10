import { useAppStore } from '../../store';
import { TimeControls } from '../controls/TimeControls';
import { DocumentMenu } from '../persistence/DocumentMenu';
import { ScenarioPicker } from '../scenarios/ScenarioPicker';

/** The title, the scenario in hand and the document menu; the time controls beneath. */
export function TopBar() {
  const name = useAppStore((s) => s.scenario.name);
  return (
    <header>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-1.5 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-base font-semibold tracking-tight">Messaging Playground</h1>
        <ScenarioPicker />
        <span className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-300">
          <span className="sr-only">Scenario: </span>
          {name}
        </span>
        <div className="ml-auto">
          <DocumentMenu />
        </div>
      </div>
      <TimeControls />
    </header>
  );
}
