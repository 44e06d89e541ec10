import { hexOfWord as hex8 } from './hex';
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
  const a = hex8(mix32(count ^ salt));
  const b = hex8(mix32(count + 0x632be5ab));
  const c = hex8(mix32(count ^ 0x5bd1e995));
  const variant = '89ab'.charAt(c.charCodeAt(0) & 3);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${hex8(count)}`;
}

/** The counter a uuidFromCount id was made from (its last 8 hex digits), if it is one of ours. */
export function countFromUuid(id: string): number | undefined {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)
    ? parseInt(id.slice(-8), 16)
    : undefined;
}
