import type { Random } from '../random';

/**
 * Values a hostile or careless caller can hand the door: what structured clone (the worker's
 * postMessage) carries but JSON does not, names that live on Object.prototype, and wrong types.
 */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

export function junk(random: Random): unknown {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  return random.pick<() => unknown>([
    () => 5n,
    () => cyclic,
    () => JSON.parse('{"toString":1}') as unknown,
    () => JSON.parse('{"__proto__":{"x":1},"valueOf":2}') as unknown,
    () => null,
    () => new Array<unknown>(3),
    () => [null, 1, 'x'],
    () => Number.NaN,
    () => -1,
    () => 2 ** 53,
    () => 1.5,
    () => '',
    () => 'x'.repeat(300),
    () => '\u0000\uFFFF',
    () => true,
    () => Uint8Array.of(1, 2, 3),
    () => Symbol('junk'),
    () => () => 1,
    () => new Date(0),
    () => random.pick(PROTOTYPE_NAMES),
    () => ({ [random.pick(PROTOTYPE_NAMES)]: '5' }),
  ])();
}

/** A copy of an input with one member (at the top or one level down) made junk. */
export function spoil(random: Random, input: Record<string, unknown>): Record<string, unknown> {
  const out = { ...input };
  const keys = Object.keys(out);
  const key =
    keys.length === 0 || random.chance(0.2) ? random.pick(PROTOTYPE_NAMES) : random.pick(keys);
  const inner = out[key];
  if (typeof inner === 'object' && inner !== null && !Array.isArray(inner) && random.chance(0.5))
    out[key] = spoil(random, inner as Record<string, unknown>);
  else Object.defineProperty(out, key, { value: junk(random), enumerable: true, writable: true });
  return out;
}

export const prototypeName = (random: Random) => random.pick(PROTOTYPE_NAMES);
