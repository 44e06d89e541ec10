/**
 * A bounded ring of samples keyed by virtual time: one time column and one column per metric.
 * Pure and DOM-free so it is unit-tested; the oldest samples fall off when it is full.
 */
export class Ring {
  readonly capacity: number;
  readonly keys: readonly string[];
  private readonly t: Float64Array;
  private readonly cols: Float64Array[];
  private start = 0;
  private count = 0;

  constructor(keys: readonly string[], capacity: number) {
    if (capacity < 1) throw new Error('A ring needs room for at least one sample.');
    this.keys = keys;
    this.capacity = capacity;
    this.t = new Float64Array(capacity);
    this.cols = keys.map(() => new Float64Array(capacity));
  }

  get size(): number {
    return this.count;
  }

  get lastTime(): number | undefined {
    return this.count === 0 ? undefined : this.t[(this.start + this.count - 1) % this.capacity];
  }

  /**
   * Adds a sample at virtual time `t`. The same time replaces the last sample; an earlier time
   * means the clock went back (a new run), so the ring starts over.
   */
  push(t: number, values: readonly number[]): void {
    const last = this.lastTime;
    if (last !== undefined && t < last) this.clear();
    let slot: number;
    if (last !== undefined && t === last) slot = (this.start + this.count - 1) % this.capacity;
    else if (this.count < this.capacity) slot = (this.start + this.count++) % this.capacity;
    else {
      slot = this.start;
      this.start = (this.start + 1) % this.capacity;
    }
    this.t[slot] = t;
    this.cols.forEach((col, i) => (col[slot] = values[i] ?? NaN));
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }

  /** Times, oldest first. */
  times(): number[] {
    return this.read(this.t);
  }

  /** One metric's values, oldest first. */
  column(key: string): number[] {
    const i = this.keys.indexOf(key);
    const col = this.cols[i];
    return col === undefined ? [] : this.read(col);
  }

  private read(col: Float64Array): number[] {
    const out = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = col[(this.start + i) % this.capacity] ?? NaN;
    return out;
  }
}

/**
 * Per-minute rates from a cumulative counter, as CloudWatch shows NumberOfMessagesSent & co:
 * the increase over the trailing `windowMs` (or since the previous sample when the samples are
 * further apart), scaled to one minute. Null where there is no earlier sample or the counter
 * went down (a new run).
 */
export function perMinute(
  times: readonly number[],
  counter: readonly number[],
  windowMs = 60_000,
): (number | null)[] {
  const out: (number | null)[] = [];
  let j = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] ?? 0;
    while (j < i && (times[j] ?? 0) < t - windowMs) j++;
    let from = j === i ? i - 1 : j;
    // A counter that went down started over: count only from the sample before this one.
    if (from >= 0 && (counter[i] ?? 0) < (counter[from] ?? 0)) from = i - 1;
    if (from < 0) {
      out.push(null);
      continue;
    }
    const dt = t - (times[from] ?? 0);
    const dc = (counter[i] ?? 0) - (counter[from] ?? 0);
    out.push(dt <= 0 || dc < 0 ? null : (dc / dt) * 60_000);
  }
  return out;
}
