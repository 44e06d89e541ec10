import { heapPop, heapPush } from './heap';

/** A task waiting for its virtual time. Tasks are data, so the schedule can be snapshotted. */
export interface Scheduled<T> {
  readonly at: number;
  readonly priority: number;
  readonly seq: number;
  readonly task: T;
}

export interface SchedulerState<T> {
  now: number;
  seq: number;
  heap: Scheduled<T>[];
}

/** Lower runs first when two tasks fall on the same millisecond. */
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

/** Total order (at, priority, seq): no ties, so every run pops tasks in the same order. */
function earlier<T>(a: Scheduled<T>, b: Scheduled<T>): boolean {
  if (a.at !== b.at) return a.at < b.at;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

export function createSchedulerState<T>(startTime: number): SchedulerState<T> {
  return { now: startTime, seq: 0, heap: [] };
}

export function schedule<T>(state: SchedulerState<T>, at: number, priority: number, task: T): void {
  heapPush(state.heap, { at: Math.max(at, state.now), priority, seq: state.seq++, task }, earlier);
}

export function nextAt<T>(state: SchedulerState<T>): number | undefined {
  return state.heap[0]?.at;
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
  let instant = state.now;
  let atInstant = 0;
  for (;;) {
    const head = state.heap[0];
    if (head === undefined || head.at > until) break;
    heapPop(state.heap, earlier);
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
