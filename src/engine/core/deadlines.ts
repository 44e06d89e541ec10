/**
 * A min-queue of deadlines (at, key, version), ordered by all three: a message's visibility
 * timeouts and delays, or its retention. Deadlines mostly arrive in order, so one no earlier than
 * the last in-order one is appended to a line in O(1); any other goes to a heap. Both hold plain
 * numbers three at a time, so a deadline costs no object (every message has one or two).
 */
export interface Deadlines {
  /** In-order triples from `head` on. */
  line: number[];
  head: number;
  /** Out-of-order triples as a binary heap. */
  heap: number[];
}

export function createDeadlines(): Deadlines {
  return { line: [], head: 0, heap: [] };
}

export function deadlineCount(d: Deadlines): number {
  return (d.line.length - d.head + d.heap.length) / 3;
}

export function pushDeadline(d: Deadlines, at: number, key: number, version: number): void {
  const line = d.line;
  const n = line.length;
  if (n === d.head || !before(at, key, version, line, n - 3)) {
    line.push(at, key, version);
    return;
  }
  const heap = d.heap;
  let i = heap.length;
  heap.push(at, key, version);
  while (i > 0) {
    const parent = ((i / 3 - 1) >> 1) * 3;
    if (!before(at, key, version, heap, parent)) break;
    heap[i] = heap[parent] as number;
    heap[i + 1] = heap[parent + 1] as number;
    heap[i + 2] = heap[parent + 2] as number;
    i = parent;
  }
  heap[i] = at;
  heap[i + 1] = key;
  heap[i + 2] = version;
}

/** Where the earliest deadline is: the line (true) or the heap (false). */
function lineFirst(d: Deadlines): boolean {
  if (d.heap.length === 0) return true;
  if (d.head === d.line.length) return false;
  const l = d.line;
  const h = d.head;
  return before(l[h] as number, l[h + 1] as number, l[h + 2] as number, d.heap, 0);
}

/** The earliest deadline's time; Infinity when there is none. */
export function firstAt(d: Deadlines): number {
  if (deadlineCount(d) === 0) return Infinity;
  return (lineFirst(d) ? d.line[d.head] : d.heap[0]) as number;
}

export function firstKey(d: Deadlines): number {
  return (lineFirst(d) ? d.line[d.head + 1] : d.heap[1]) as number;
}

export function firstVersion(d: Deadlines): number {
  return (lineFirst(d) ? d.line[d.head + 2] : d.heap[2]) as number;
}

export function dropFirst(d: Deadlines): void {
  if (deadlineCount(d) === 0) return;
  if (lineFirst(d)) {
    d.head += 3;
    if (d.head === d.line.length) {
      d.line = [];
      d.head = 0;
    } else if (d.head >= 3072 && d.head * 2 >= d.line.length) {
      d.line = d.line.slice(d.head);
      d.head = 0;
    }
    return;
  }
  const heap = d.heap;
  const last = heap.length - 3;
  const at = heap[last] as number;
  const key = heap[last + 1] as number;
  const version = heap[last + 2] as number;
  heap.length = last;
  if (last === 0) return;
  let i = 0;
  for (;;) {
    const left = i * 2 + 3;
    if (left >= last) break;
    const right = left + 3;
    const child =
      right < last &&
      before(
        heap[right] as number,
        heap[right + 1] as number,
        heap[right + 2] as number,
        heap,
        left,
      )
        ? right
        : left;
    if (before(at, key, version, heap, child)) break;
    heap[i] = heap[child] as number;
    heap[i + 1] = heap[child + 1] as number;
    heap[i + 2] = heap[child + 2] as number;
    i = child;
  }
  heap[i] = at;
  heap[i + 1] = key;
  heap[i + 2] = version;
}

/** Keeps only the deadlines `keep` accepts (to shed those that went stale), in order. */
export function keepDeadlines(d: Deadlines, keep: (key: number) => boolean): void {
  const triples: [number, number, number][] = [];
  const take = (from: number[], start: number) => {
    for (let i = start; i < from.length; i += 3)
      if (keep(from[i + 1] as number))
        triples.push([from[i] as number, from[i + 1] as number, from[i + 2] as number]);
  };
  take(d.line, d.head);
  take(d.heap, 0);
  triples.sort((a, b) => (before(a[0], a[1], a[2], b, 0) ? -1 : 1));
  d.line = triples.flat();
  d.head = 0;
  d.heap = [];
}

/** Whether (at, key, version) comes before the triple at `i` of `list`. */
function before(at: number, key: number, version: number, list: number[], i: number): boolean {
  const a = list[i] as number;
  if (at !== a) return at < a;
  const k = list[i + 1] as number;
  if (key !== k) return key < k;
  return version < (list[i + 2] as number);
}
