/**
 * Binary min-heap over a plain array, so the array itself is the state (it clones and
 * snapshots as data). `less` must be a strict total order for deterministic pops.
 */
export type Less<T> = (a: T, b: T) => boolean;

export function heapPush<T>(heap: T[], item: T, less: Less<T>): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i] as T, heap[parent] as T)) break;
    swap(heap, i, parent);
    i = parent;
  }
}

export function heapPop<T>(heap: T[], less: Less<T>): T | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0 && last !== undefined) {
    heap[0] = last;
    siftDown(heap, 0, less);
  }
  return top;
}

function siftDown<T>(heap: T[], start: number, less: Less<T>): void {
  let i = start;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < heap.length && less(heap[left] as T, heap[smallest] as T)) smallest = left;
    if (right < heap.length && less(heap[right] as T, heap[smallest] as T)) smallest = right;
    if (smallest === i) return;
    swap(heap, i, smallest);
    i = smallest;
  }
}

function swap<T>(heap: T[], a: number, b: number): void {
  const tmp = heap[a] as T;
  heap[a] = heap[b] as T;
  heap[b] = tmp;
}
