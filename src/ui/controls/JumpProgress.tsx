import { useAppStore } from '../../store';
import { describeClock, formatClock } from './format';

/**
 * How far a running jump has got: a bar, and the clock it is heading for. Not a live region
 * (it changes every frame); the status beside it says "Jumping ahead" once.
 */
export function JumpProgress() {
  const jump = useAppStore((s) => s.jump);
  const now = useAppStore((s) => s.now);
  const startTime = useAppStore((s) => s.startTime);
  if (jump === undefined) return null;
  const total = jump.to - jump.from;
  const done = Math.min(total, Math.max(0, now - jump.from));
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
      <progress
        aria-label="Jump progress"
        aria-valuetext={`${percent}%, to ${describeClock(jump.to - startTime)}`}
        max={total}
        value={done}
        className="h-2 w-12 accent-amber-500 xl:w-28"
      />
      <span aria-hidden="true" className="font-mono tabular-nums max-xl:hidden">
        {percent}% → {formatClock(jump.to - startTime)}
      </span>
    </div>
  );
}
