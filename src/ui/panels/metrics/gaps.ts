/** A gap shorter than this is never one: sampling is at most once per virtual second. */
const MIN_GAP_MS = 5_000;
/** A pause this many times longer than the usual interval means nothing was sampled (a jump). */
const GAP_FACTOR = 4;

/**
 * Breaks the lines where nothing was sampled (a jump, a hidden tab): a null point in the middle
 * of every interval much longer than the usual one, so a chart draws a gap instead of a
 * straight line that never happened. `columns` are aligned with `times`.
 */
export function withGaps(
  times: readonly number[],
  columns: readonly (readonly (number | null)[])[],
): { times: number[]; columns: (number | null)[][] } {
  const threshold = Math.max(MIN_GAP_MS, GAP_FACTOR * usualInterval(times));
  const outTimes: number[] = [];
  const outColumns = columns.map((): (number | null)[] => []);
  times.forEach((t, i) => {
    const previous = times[i - 1];
    if (previous !== undefined && t - previous > threshold) {
      outTimes.push((previous + t) / 2);
      outColumns.forEach((col) => col.push(null));
    }
    outTimes.push(t);
    columns.forEach((col, c) => outColumns[c]?.push(col[i] ?? null));
  });
  return { times: outTimes, columns: outColumns };
}

/** The median interval between samples (0 with fewer than two). */
function usualInterval(times: readonly number[]): number {
  const intervals = times.slice(1).map((t, i) => t - (times[i] ?? t));
  if (intervals.length === 0) return 0;
  intervals.sort((a, b) => a - b);
  return intervals[Math.floor(intervals.length / 2)] ?? 0;
}
