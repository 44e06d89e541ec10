import { useMemo } from 'react';
import { sqsDescribed } from '../../described';
import { useAppStore } from '../../../../../store';
import { sinceStart } from '../../../../../ui/format/time';
import { messageIdOf } from '../../../../../protocol/scenarioLookup';

/** A message's life: every logged event about it, oldest first, each as a plain sentence. */
export function MessageTimeline({ messageId }: { messageId: string }) {
  const events = useAppStore((s) => s.events);
  const startTime = useAppStore((s) => s.startTime);
  const life = useMemo(
    () => events.filter((e) => messageIdOf(e.event) === messageId),
    [events, messageId],
  );
  return (
    <section aria-label={`Timeline of ${messageId}`} className="mt-3">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        Timeline
      </h3>
      {life.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          No events about this message in the recent log.
        </p>
      ) : (
        <ol className="mt-1 border-l-2 border-amber-400 pl-3 dark:border-amber-600">
          {life.map(({ seq, event }) => (
            <li key={seq} className="py-1 text-sm text-slate-800 dark:text-slate-200">
              <span className="mr-2 font-mono text-xs text-slate-500 tabular-nums dark:text-slate-400">
                {sinceStart(event.at, startTime)}
              </span>
              {sqsDescribed.explain(event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
