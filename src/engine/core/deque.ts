/** A FIFO over a plain array with a moving head: O(1) shift, and the state stays plain data. */
export interface Deque<T> {
  items: T[];
  head: number;
}

export function createDeque<T>(): Deque<T> {
  return { items: [], head: 0 };
}

export function dequeSize<T>(d: Deque<T>): number {
  return d.items.length - d.head;
}

export function dequePush<T>(d: Deque<T>, item: T): void {
  d.items.push(item);
}

export function dequePeek<T>(d: Deque<T>, offset = 0): T | undefined {
  return d.head + offset < d.items.length ? d.items[d.head + offset] : undefined;
}

export function dequeShift<T>(d: Deque<T>): T | undefined {
  if (d.head >= d.items.length) return undefined;
  const item = d.items[d.head++] as T;
  if (d.head >= 1024 && d.head * 2 >= d.items.length) {
    d.items = d.items.slice(d.head);
    d.head = 0;
  }
  return item;
}

/** Moves the item at `offset` to the front, keeping the others in order (for reordering). */
export function dequeBringForward<T>(d: Deque<T>, offset: number): void {
  const at = d.head + offset;
  if (offset <= 0 || at >= d.items.length) return;
  const item = d.items[at] as T;
  for (let i = at; i > d.head; i--) d.items[i] = d.items[i - 1] as T;
  d.items[d.head] = item;
}

export function dequeClear<T>(d: Deque<T>): void {
  d.items = [];
  d.head = 0;
}
