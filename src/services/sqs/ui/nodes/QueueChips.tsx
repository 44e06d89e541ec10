import { useAppStore } from '../../../../store';
import type { TrackedMessage } from '../live/messageTracker';
import { useQueueCounts } from '../live/useQueueGauges';
import { useTracker } from '../live/useTracker';

/**
 * How many chips a queue shows: five, and "+N more", fill at most the two rows of the chip area
 * (the widest chip, "m-999 ×9" with its ring, fits three to a row of a 240 px node).
 */
export const MAX_CHIPS = 5;

const ORDER: TrackedMessage['state'][] = ['inflight', 'delayed', 'visible'];

/**
 * Chips for the messages the queue holds. The tracker follows the event log; the gauges cap
 * each state so a message whose events were dropped never lingers.
 */
export function pickChips(
  messages: TrackedMessage[],
  caps: Record<TrackedMessage['state'], number>,
  max = MAX_CHIPS,
): TrackedMessage[] {
  const chips: TrackedMessage[] = [];
  for (const state of ORDER) {
    // Newest last in the map: keep the most recent ones of each state.
    const ofState = messages.filter((m) => m.state === state).slice(-caps[state]);
    chips.push(...ofState.slice(0, Math.max(0, max - chips.length)));
  }
  return chips;
}

/**
 * The queue's chips, in an area of fixed height: the node never grows when messages arrive, so
 * it cannot grow over the node below it, and pressing play does not resize it (a resize moves its
 * edges and has React Flow measure and redraw them, a long task on a busy canvas). As fast as
 * possible the chips would change faster than anyone can read them, so they give way to a note.
 */
export function QueueChips({ queue }: { queue: string }) {
  const counts = useQueueCounts(queue);
  const caps = {
    visible: counts.visible ?? 0,
    inflight: counts.inflight ?? 0,
    delayed: counts.delayed ?? 0,
  };
  const flatOut = useAppStore((s) => s.speed === 'max' && s.playing);
  const total = caps.visible + caps.inflight + caps.delayed;
  return (
    <div className="relative h-14 overflow-hidden" data-testid="queue-chips">
      {!flatOut && total > 0 && <ChipList queue={queue} caps={caps} total={total} />}
      {flatOut && total > 0 && (
        <p className="absolute inset-0 flex items-center justify-center px-2 text-[11px] text-slate-500 dark:text-slate-400">
          Too fast to show each message
        </p>
      )}
    </div>
  );
}

function ChipList({
  queue,
  caps,
  total,
}: {
  queue: string;
  caps: Record<TrackedMessage['state'], number>;
  total: number;
}) {
  const tracker = useTracker();
  const now = useAppStore((s) => s.now);
  const selectedMessageId = useAppStore((s) => s.selectedMessageId);
  const chips = pickChips(tracker.messages(queue), caps);
  return (
    <ul className="flex flex-wrap gap-1 px-2 pb-2" aria-label={`Messages in ${queue}`}>
      {chips.map((m, slot) => (
        // Keyed by slot: at high speed the chips change every frame, and patching a chip in
        // place costs far less than replacing its element (chips hold no state of their own).
        <Chip key={slot} m={m} now={now} selected={m.messageId === selectedMessageId} />
      ))}
      {total > chips.length && (
        <li className="px-1 text-[11px] leading-5 text-slate-500 dark:text-slate-400">
          +{total - chips.length} more
        </li>
      )}
    </ul>
  );
}

const CHIP_TONE: Record<TrackedMessage['state'], string> = {
  visible:
    'border-pink-400 bg-pink-50 text-pink-900 dark:border-pink-500 dark:bg-pink-950 dark:text-pink-100',
  inflight:
    'border-sky-400 bg-sky-50 text-sky-900 dark:border-sky-500 dark:bg-sky-950 dark:text-sky-100',
  delayed:
    'border-dashed border-violet-400 bg-violet-50 text-violet-900 dark:bg-violet-950 dark:text-violet-100',
};

function Chip({ m, now, selected }: { m: TrackedMessage; now: number; selected: boolean }) {
  const left = m.visibleAt === undefined ? undefined : Math.max(0, m.visibleAt - now);
  const title =
    m.state === 'inflight'
      ? `m-${m.n} in flight, receive ${m.receiveCount}: visible again in ${Math.ceil((left ?? 0) / 1000)} s`
      : m.state === 'delayed'
        ? `m-${m.n} delayed: visible in ${Math.ceil((left ?? 0) / 1000)} s`
        : `m-${m.n} visible${m.receiveCount > 0 ? `, received ${m.receiveCount} times` : ''}`;
  return (
    <li
      title={title}
      aria-label={title}
      className={`flex h-5 items-center gap-0.5 rounded-full border px-1.5 text-[10px] font-medium tabular-nums ${CHIP_TONE[m.state]} ${selected ? 'ring-2 ring-amber-400' : ''}`}
    >
      {m.state === 'inflight' && m.visibilityTimeout !== undefined && left !== undefined && (
        <CountdownRing
          fraction={m.visibilityTimeout > 0 ? left / (m.visibilityTimeout * 1000) : 0}
        />
      )}
      m-{m.n}
      {m.receiveCount > 1 && (
        <span className="text-amber-600 dark:text-amber-400">×{m.receiveCount}</span>
      )}
    </li>
  );
}

/** The share of the visibility timeout still to run, as a ring that empties. */
export function CountdownRing({ fraction }: { fraction: number }) {
  const r = 5;
  const c = 2 * Math.PI * r;
  const f = Math.min(1, Math.max(0, fraction));
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="-ml-0.5">
      <circle
        cx="6"
        cy="6"
        r={r}
        fill="none"
        stroke="currentColor"
        strokeOpacity="0.2"
        strokeWidth="2"
      />
      <circle
        cx="6"
        cy="6"
        r={r}
        fill="none"
        stroke={f < 0.25 ? '#d97706' : 'currentColor'}
        strokeWidth="2"
        strokeDasharray={`${c * f} ${c}`}
        transform="rotate(-90 6 6)"
      />
    </svg>
  );
}
