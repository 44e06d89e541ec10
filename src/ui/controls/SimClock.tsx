import { useAppStore } from '../../store';
import { describeClock, formatClock } from './format';

/** The virtual clock as time since the world started. Not a live region: it changes every frame. */
export function SimClock() {
  const elapsed = useAppStore((s) => s.now - s.startTime);
  return (
    <div className="flex flex-col leading-tight">
      <span className="text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        Time since start
      </span>
      <span
        role="timer"
        aria-live="off"
        aria-label={`Time since start: ${describeClock(elapsed)}`}
        className="font-mono text-lg font-semibold text-slate-900 tabular-nums dark:text-slate-100"
      >
        {formatClock(elapsed)}
      </span>
    </div>
  );
}
