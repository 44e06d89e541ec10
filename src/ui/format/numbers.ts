/**
 * Every number the UI prints goes through here, so "0.0166666666666666" never reaches a screen.
 * Locale-independent (en-US) so tests and screenshots are stable.
 */

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const threeDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const compact = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  maximumSignificantDigits: 3,
});

/** "43,200" — grouping, for counts, ranges and defaults. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A measured or derived number as a person reads it: whole numbers grouped ("1,223"), others to
 * three significant digits ("0.0167", "12.3", "1,235"). Not a number: "—".
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n) || Math.abs(n) >= 1000) return whole.format(n);
  return threeDigits.format(n);
}

/** A number on a chart axis, short: "0", "2.5", "950", "1.2K", "3M". */
export function axisNumber(n: number): string {
  return Math.abs(n) >= 1000 ? compact.format(n) : formatNumber(n);
}

/** A rate given per second, in the unit that reads best: "20 msg/s", "1 msg/min". */
export function rateText(perSecond: number, unit = 'msg'): string {
  return perSecond > 0 && perSecond < 1
    ? `${formatNumber(perSecond * 60)} ${unit}/min`
    : `${formatNumber(perSecond)} ${unit}/s`;
}
