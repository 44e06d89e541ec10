/**
 * The virtual clock and its schedule: a binary heap of tasks in total order (at, priority, seq).
 * Tasks are data, so the schedule can be snapshotted. `at` and `priority` are folded into one
 * number (at × 8 + priority, exact below 2^53) so the hot comparison is two number compares.
 */
export interface Scheduled<T> {
  readonly key: number;
  readonly at: number;
  readonly seq: number;
  readonly task: T;
}

export interface SchedulerState<T> {
  now: number;
  seq: number;
  heap: Scheduled<T>[];
}

/** Lower runs first when two tasks fall on the same millisecond (at most 7). */
export const Priority = {
  /** Timers inside a service: delays ending, visibility expiring, retention. */
  timer: 0,
  /** Long polls timing out, after the timers of the same instant had their chance to fill them. */
  waitExpiry: 1,
  /** Replies reaching actors. */
  reply: 2,
  /** Actors deciding what to do next. */
  actor: 3,
} as const;

export function createSchedulerState<T>(startTime: number): SchedulerState<T> {
  return { now: startTime, seq: 0, heap: [] };
}

export function schedule<T>(state: SchedulerState<T>, at: number, priority: number, task: T): void {
  const when = Math.max(at, state.now);
  const heap = state.heap;
  const item: Scheduled<T> = { key: when * 8 + priority, at: when, seq: state.seq++, task };
  let i = heap.length;
  heap.push(item);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as Scheduled<T>;
    if (p.key < item.key || (p.key === item.key && p.seq < item.seq)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = item;
}

export function nextAt<T>(state: SchedulerState<T>): number | undefined {
  return state.heap[0]?.at;
}

function pop<T>(heap: Scheduled<T>[]): void {
  const last = heap.pop() as Scheduled<T>;
  const n = heap.length;
  if (n === 0) return;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    let child = left;
    let c = heap[left] as Scheduled<T>;
    if (right < n) {
      const r = heap[right] as Scheduled<T>;
      if (r.key < c.key || (r.key === c.key && r.seq < c.seq)) {
        child = right;
        c = r;
      }
    }
    if (last.key < c.key || (last.key === c.key && last.seq < c.seq)) break;
    heap[i] = c;
    i = child;
  }
  heap[i] = last;
}

/**
 * Runs every task due at or before `until`, in order, moving the clock to each task's time and
 * finally to `until`. Tasks scheduled while running are honoured in the same pass.
 */
export function runUntil<T>(
  state: SchedulerState<T>,
  until: number,
  run: (task: T) => void,
  maxTasksPerInstant: number,
): void {
  const heap = state.heap;
  let instant = state.now;
  let atInstant = 0;
  for (;;) {
    const head = heap[0];
    if (head === undefined || head.at > until) break;
    pop(heap);
    if (head.at !== instant) {
      instant = head.at;
      atInstant = 0;
    }
    if (++atInstant > maxTasksPerInstant) {
      throw new Error(
        `Runaway simulation: more than ${maxTasksPerInstant} tasks ran at virtual time ${instant} ` +
          `without the clock moving (last task: ${JSON.stringify(head.task)}).`,
      );
    }
    state.now = head.at;
    run(head.task);
  }
  if (until > state.now) state.now = until;
}
