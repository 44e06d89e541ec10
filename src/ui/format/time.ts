/** Virtual time since the world began, as a stopwatch: "+01:02.3" (or "+1:02:03.4"). */
export function sinceStart(at: number, start: number): string {
  const total = Math.max(0, at - start);
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const tenths = Math.floor((total % 1000) / 100);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `+${h > 0 ? `${h}:` : ''}${pad(m)}:${pad(s)}.${tenths}`;
}

/** A countdown as a learner reads it: "12.4 s", "3 min 05 s". Never negative. */
export function countdown(ms: number): string {
  const left = Math.max(0, ms);
  if (left < 60_000) return `${(left / 1000).toFixed(1)} s`;
  const totalSeconds = Math.ceil(left / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h > 0
    ? `${h} h ${String(m).padStart(2, '0')} min`
    : `${m} min ${String(s).padStart(2, '0')} s`;
}

/** Seconds on an axis: "45 s", "2 min", "1:30", "1.5 h". */
export function axisSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds % 60);
    return s === 0 ? `${m} min` : `${m}:${String(s).padStart(2, '0')}`;
  }
  return `${Math.round(seconds / 360) / 10} h`;
}
