import { MAX_SPEED, MIN_SPEED, type Speed } from '../../protocol/messages';

/** Virtual time since start as h:mm:ss.mmm (hours are not capped: a day is 24:00:00.000). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const milli = total % 1000;
  return `${h}:${pad(m, 2)}:${pad(s, 2)}.${pad(milli, 3)}`;
}

/** Speaks a clock reading: "1 hour 2 minutes 3.250 seconds". */
export function describeClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = (total % 60_000) / 1000;
  const parts = [];
  if (h > 0) parts.push(`${h} ${h === 1 ? 'hour' : 'hours'}`);
  if (m > 0) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`);
  parts.push(`${s.toFixed(3)} seconds`);
  return parts.join(' ');
}

export function formatSpeed(speed: Speed): string {
  return speed === 'max' ? 'As fast as possible' : `${Number(speed.toPrecision(2))}x`;
}

/** The speed slider is logarithmic: its value is log10(speed), from -1 (0.1x) to 3 (1000x). */
export const SLIDER_MIN = Math.log10(MIN_SPEED);
export const SLIDER_MAX = Math.log10(MAX_SPEED);
export const SLIDER_STEP = 0.05;

export function sliderFromSpeed(speed: number): number {
  return Math.log10(Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)));
}

/** Two significant digits, so the slider lands on readable speeds (1.1x, 250x). */
export function speedFromSlider(value: number): number {
  const speed = Number((10 ** value).toPrecision(2));
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
