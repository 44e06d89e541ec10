import { EventLog, Metrics } from '../panels';

/** What happened, in words and in numbers. */
export function BottomPanel() {
  return (
    <section
      aria-label="Event log and metrics"
      className="grid h-full min-h-0 grid-cols-1 gap-2 md:grid-cols-[3fr_2fr]"
    >
      <div className="min-h-0">
        <EventLog />
      </div>
      <div className="min-h-0 overflow-auto">
        <Metrics />
      </div>
    </section>
  );
}
