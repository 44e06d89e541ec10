import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import type { LoggedEvent } from '../../store/simSlice';
import { sinceStart } from '../format/time';
import { EventFilters } from './eventlog/EventFilters';
import { filterEvents, sentenceOf, type EventFilter } from './eventlog/filter';
import { ALL_GROUPS } from './eventlog/groups';
import { useEventHistory } from './eventlog/useEventHistory';
import { useStickToBottom } from './eventlog/useStickToBottom';
import { messageIdOf } from '../../protocol/scenarioLookup';
import { eventNodes, explainIn } from '../plugins/registry';

/** One line per event; a fixed height lets the list draw only the rows in view. */
export const ROW_HEIGHT = 24;
const OVERSCAN = 10;
const FALLBACK_HEIGHT = 320;

/**
 * The recent events as plain sentences, newest at the bottom. Filters by group, node, message and
 * text (filtered by a node or a message, the whole run is searched, in the worker); follows new
 * events until the user scrolls up; clicking a line lights up its nodes and selects its message.
 */
export function EventLog() {
  const events = useAppStore((s) => s.events);
  const eventCount = useAppStore((s) => s.eventCount);
  const scenario = useAppStore((s) => s.scenario);
  const startTime = useAppStore((s) => s.startTime);
  const setHighlight = useAppStore((s) => s.setHighlight);
  const selectMessage = useAppStore((s) => s.selectMessage);
  const [filter, setFilter] = useState<EventFilter>({
    groups: ALL_GROUPS,
    nodeId: undefined,
    messageId: undefined,
    text: '',
  });
  const [active, setActive] = useState<number | undefined>(undefined);
  const nodesOf = useMemo(() => eventNodes(scenario), [scenario]);
  const explain = useMemo(() => explainIn(scenario), [scenario]);
  const history = useEventHistory(filter.messageId, filter.nodeId);
  // The worker's answer already matches the message and node: only kinds and text remain.
  const fromHistory = useMemo(
    () =>
      history === undefined
        ? []
        : filterEvents(
            history.events,
            { ...filter, messageId: undefined, nodeId: undefined },
            nodesOf,
            explain,
          ),
    [history, filter, nodesOf, explain],
  );
  const fromWindow = useMemo(
    () =>
      filterEvents(
        history === undefined ? events : events.filter((e) => e.seq >= history.upToSeq),
        filter,
        nodesOf,
        explain,
      ),
    [events, history, filter, nodesOf, explain],
  );
  const shown = history === undefined ? fromWindow : fromHistory.concat(fromWindow);
  const older = history === undefined ? eventCount - events.length : history.keptFromSeq;

  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const total = shown.length * ROW_HEIGHT;
  const { stuck, onScroll, jumpToEnd } = useStickToBottom(scroller, total);
  useEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || FALLBACK_HEIGHT));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // While following, the window is the last rows, whatever the last scroll event said.
  const top = stuck ? Math.max(0, total - height) : scrollTop;
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);

  const open = ({ seq, event }: LoggedEvent) => {
    setActive(seq);
    const messageId = messageIdOf(event);
    setHighlight({
      nodeIds: nodesOf(event),
      ...(messageId === undefined ? {} : { messageId }),
    });
    if (messageId !== undefined) selectMessage(messageId);
  };

  return (
    <section aria-label="Event log" className="flex h-full min-h-0 flex-col">
      <EventFilters filter={filter} onChange={setFilter} />
      <p className="sr-only" aria-live="off">
        {shown.length} of {history === undefined ? events.length : eventCount} events shown.
      </p>
      {older > 0 && (
        <p className="border-b border-slate-200 px-2 py-0.5 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
          {history === undefined
            ? `Newest ${events.length.toLocaleString('en')} of ${eventCount.toLocaleString('en')} events. Filter by a node or a message to search the whole run.`
            : `The run's first ${older.toLocaleString('en')} events are no longer kept.`}
        </p>
      )}
      <div
        ref={scroller}
        tabIndex={-1}
        className="relative min-h-0 flex-1 overflow-auto"
        onScroll={(e) => {
          setScrollTop(e.currentTarget.scrollTop);
          onScroll();
        }}
      >
        {shown.length === 0 ? (
          <p className="p-2 text-sm text-slate-500 dark:text-slate-400">
            {events.length === 0 ? 'No events yet: press play.' : 'No events match the filters.'}
          </p>
        ) : (
          <ol style={{ height: total }} className="relative" aria-label="Events">
            {shown.slice(first, last).map((entry, i) => (
              // Keyed by row, as the list draws it: while following a fast run every row shows
              // a new event each frame, and patching a row costs far less than replacing it.
              <li
                key={first + i}
                aria-setsize={shown.length}
                aria-posinset={first + i + 1}
                style={{ top: (first + i) * ROW_HEIGHT, height: ROW_HEIGHT }}
                className="absolute inset-x-0"
              >
                <button
                  type="button"
                  onClick={() => open(entry)}
                  title={sentenceOf(entry.event, explain)}
                  className={`flex h-full w-full items-center gap-2 truncate px-2 text-left text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-amber-500 dark:hover:bg-slate-800 ${
                    active === entry.seq ? 'bg-amber-100 dark:bg-amber-900/40' : ''
                  }`}
                >
                  <span className="shrink-0 font-mono text-slate-500 tabular-nums dark:text-slate-400">
                    {sinceStart(entry.event.at, startTime)}
                  </span>
                  <span className="truncate text-slate-800 dark:text-slate-200">
                    {sentenceOf(entry.event, explain)}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
      {!stuck && shown.length > 0 && (
        <button
          type="button"
          onClick={jumpToEnd}
          className="m-1 self-end rounded bg-slate-800 px-2 py-0.5 text-xs text-white focus-visible:outline-2 focus-visible:outline-amber-500 dark:bg-slate-200 dark:text-slate-900"
        >
          Follow newest events
        </button>
      )}
    </section>
  );
}
