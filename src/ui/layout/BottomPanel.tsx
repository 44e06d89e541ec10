import { EventLog, Metrics } from '../panels';
import { PanelToggle } from './PanelToggle';
import { usePanelLayout } from './panelLayout';

/** What happened, in words and in numbers; folds to a thin bar. */
export function BottomPanel() {
  const { open } = usePanelLayout();
  if (!open.bottom)
    return (
      <div className="flex items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <PanelToggle panel="bottom" openGlyph="▾" closedGlyph="▴" />
        Event log and metrics
      </div>
    );
  return (
    <section
      aria-label="Event log and metrics"
      className="relative grid h-full min-h-0 grid-cols-1 gap-2 md:grid-cols-[3fr_2fr]"
    >
      <div className="min-h-0">
        <EventLog />
      </div>
      <div className="min-h-0 overflow-auto">
        <Metrics />
      </div>
      <PanelToggle
        panel="bottom"
        openGlyph="▾"
        closedGlyph="▴"
        className="absolute top-0 right-0"
      />
    </section>
  );
}
