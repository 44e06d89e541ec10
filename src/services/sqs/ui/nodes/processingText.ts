import { isRecord } from '../../../../engine/actors/config';

/** "1 s", "0.5–2 s", "≈ 1 s ± 0.2 s": a ProcessingTime in a few characters. */
export function processingText(value: unknown, fallbackMs: number): string {
  const p = isRecord(value) ? value : { Distribution: 'fixed', Ms: fallbackMs };
  const s = (ms: unknown, fallback: number) => `${(typeof ms === 'number' ? ms : fallback) / 1000}`;
  switch (p.Distribution) {
    case 'uniform':
      return `${s(p.MinMs, 0)}–${s(p.MaxMs, 0)} s`;
    case 'normal':
      return `≈ ${s(p.MeanMs, 1000)} s ± ${s(p.StdDevMs, 0)} s`;
    default:
      return `${s(p.Ms, fallbackMs)} s`;
  }
}
