import type { Leaf } from './types';

/**
 * One leaf per key, chosen so that leaves which went through the same array sit in the same
 * element of it: SNS matches the keys of one branch within one array element (native captures:
 * conditions met by two different elements do not match). Keys with the fewest candidates go
 * first, and candidates are looked up by the element of their outermost array, so a body of
 * thousands of records costs a pass per key, not a pass per pair.
 */
export function sameElementChoice<K>(
  candidates: ReadonlyMap<K, readonly Leaf[]>,
): Map<K, Leaf> | undefined {
  const keys = [...candidates.keys()].map((key) => ({
    key,
    index: indexByOuterElement(candidates.get(key) ?? []),
  }));
  keys.sort((a, b) => a.index.size - b.index.size);
  const chosen = new Map<K, Leaf>();
  const positions = new Map<number, number>();
  const choose = (i: number): boolean => {
    const next = keys[i];
    if (next === undefined) return true;
    for (const leaf of next.index.candidates(positions)) {
      if (leaf.arrays.some(([array, index]) => (positions.get(array) ?? index) !== index)) continue;
      const added = leaf.arrays.filter(([array]) => !positions.has(array));
      for (const [array, index] of added) positions.set(array, index);
      chosen.set(next.key, leaf);
      if (choose(i + 1)) return true;
      for (const [array] of added) positions.delete(array);
    }
    return false;
  };
  return choose(0) ? chosen : undefined;
}

interface OuterIndex {
  readonly size: number;
  /** The leaves that can still fit, given the array elements already chosen. */
  candidates(positions: ReadonlyMap<number, number>): Iterable<Leaf>;
}

function indexByOuterElement(leaves: readonly Leaf[]): OuterIndex {
  const loose: Leaf[] = [];
  const byArray = new Map<number, Map<number, Leaf[]>>();
  for (const leaf of leaves) {
    const outer = leaf.arrays[0];
    if (outer === undefined) {
      loose.push(leaf);
      continue;
    }
    const [array, index] = outer;
    const elements = byArray.get(array) ?? new Map<number, Leaf[]>();
    byArray.set(array, elements);
    const list = elements.get(index);
    if (list === undefined) elements.set(index, [leaf]);
    else list.push(leaf);
  }
  return {
    size: leaves.length,
    *candidates(positions) {
      yield* loose;
      for (const [array, elements] of byArray) {
        const fixed = positions.get(array);
        if (fixed === undefined) for (const list of elements.values()) yield* list;
        else yield* elements.get(fixed) ?? [];
      }
    },
  };
}
