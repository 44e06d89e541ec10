import { useActorGauge } from '../useGauges';

const TONE: Record<string, string> = {
  idle: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
  polling: 'bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100',
  processing: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
  producing: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
  draining: 'bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100',
  crashed: 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100',
  refused: 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100',
  finished: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
  steady: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
  'scaling-out': 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
  'scaling-in': 'bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100',
};

/**
 * An actor's status from its gauges (absent before the world runs). It reads the gauge itself,
 * so a new status re-renders the badge, not the whole node.
 */
export function StatusBadge({ actorId }: { actorId: string }) {
  const status = useActorGauge(actorId, 'Status');
  const text = status === undefined ? 'not running' : String(status);
  return (
    <span className={`rounded px-1.5 py-px text-[10px] font-semibold ${TONE[text] ?? TONE.idle}`}>
      {text}
    </span>
  );
}
