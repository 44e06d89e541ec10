import { mix32 } from './rng';

/** Counters by kind: every id in the world comes from one of these, never from chance. */
export type IdState = Record<string, number>;

export function nextCount(ids: IdState, kind: string): number {
  const n = (ids[kind] ?? 0) + 1;
  ids[kind] = n;
  return n;
}

/**
 * A version-4-shaped UUID made from a counter: unique per (counter, salt), random-looking like the
 * ids AWS returns, and the same in every run.
 */
export function uuidFromCount(count: number, salt: number): string {
  const words = [mix32(count ^ salt), mix32(count + 0x632be5ab), mix32(count ^ 0x5bd1e995), count];
  const hex = words.map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-` +
    `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  );
}
