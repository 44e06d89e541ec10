import { createDeque, dequePeek, dequePush, dequeShift, dequeSize, type Deque } from './deque';
import { heapPop, heapPush, type Less } from './heap';

/**
 * A min-queue for deadlines that mostly arrive in order (a queue's visibility timeouts, its
 * retention): an item no earlier than the last in-order one is appended in O(1), any other goes to
 * a heap. Pops come out in exactly the order `less` gives, as from one heap. Plain data.
 */
export interface Timeline<T> {
  inOrder: Deque<T>;
  last?: T;
  outOfOrder: T[];
}

export function createTimeline<T>(): Timeline<T> {
  return { inOrder: createDeque(), outOfOrder: [] };
}

export function timelineSize<T>(t: Timeline<T>): number {
  return dequeSize(t.inOrder) + t.outOfOrder.length;
}

export function timelinePush<T>(t: Timeline<T>, item: T, less: Less<T>): void {
  if (t.last === undefined || dequeSize(t.inOrder) === 0 || !less(item, t.last)) {
    dequePush(t.inOrder, item);
    t.last = item;
  } else heapPush(t.outOfOrder, item, less);
}

export function timelinePeek<T>(t: Timeline<T>, less: Less<T>): T | undefined {
  const a = dequePeek(t.inOrder);
  const b = t.outOfOrder[0];
  if (a === undefined) return b;
  return b !== undefined && less(b, a) ? b : a;
}

export function timelinePop<T>(t: Timeline<T>, less: Less<T>): T | undefined {
  const a = dequePeek(t.inOrder);
  const b = t.outOfOrder[0];
  if (a === undefined || (b !== undefined && less(b, a))) return heapPop(t.outOfOrder, less);
  return dequeShift(t.inOrder);
}

/** Keeps only the items `keep` accepts (to shed entries that went stale). */
export function timelineFilter<T>(t: Timeline<T>, keep: (item: T) => boolean, less: Less<T>): void {
  const items = [...t.inOrder.items.slice(t.inOrder.head), ...t.outOfOrder].filter(keep);
  items.sort((a, b) => (less(a, b) ? -1 : 1));
  t.inOrder = { items, head: 0 };
  t.outOfOrder = [];
  const last = items[items.length - 1];
  if (last === undefined) delete t.last;
  else t.last = last;
}
