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
 * ids AWS returns, and the same in every run. Built from character codes in one step: every
 * message gets one.
 */
export function uuidFromCount(count: number, salt: number): string {
  const a = mix32(count ^ salt);
  const b = mix32(count + 0x632be5ab);
  const c = mix32(count ^ 0x5bd1e995);
  const n = count >>> 0;
  const variant = HEX.charCodeAt(8 + (digit(c, 0) & 3));
  // prettier-ignore
  return String.fromCharCode(
    digit(a, 0), digit(a, 1), digit(a, 2), digit(a, 3), digit(a, 4), digit(a, 5), digit(a, 6), digit(a, 7), DASH,
    digit(b, 0), digit(b, 1), digit(b, 2), digit(b, 3), DASH,
    FOUR, digit(b, 5), digit(b, 6), digit(b, 7), DASH,
    variant, digit(c, 1), digit(c, 2), digit(c, 3), DASH,
    digit(c, 4), digit(c, 5), digit(c, 6), digit(c, 7),
    digit(n, 0), digit(n, 1), digit(n, 2), digit(n, 3), digit(n, 4), digit(n, 5), digit(n, 6), digit(n, 7),
  );
}

const HEX = '0123456789abcdef';
const DASH = 45;
const FOUR = 52;

/** The character code of a word's hex digit `i`, most significant first. */
function digit(word: number, i: number): number {
  return HEX.charCodeAt((word >>> ((7 - i) * 4)) & 15);
}

/** The counter a uuidFromCount id was made from (its last 8 hex digits), if it is one of ours. */
export function countFromUuid(id: string): number | undefined {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)
    ? parseInt(id.slice(-8), 16)
    : undefined;
}
