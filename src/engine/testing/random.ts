/** A test's own seeded choices (mulberry32): a test's randomness is replayable, never Math.random. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A choice by weight: [[weight, value], ...]. */
  weighted<T>(options: readonly (readonly [number, T])[]): T {
    let roll = this.next() * options.reduce((sum, [w]) => sum + w, 0);
    for (const [w, value] of options) if ((roll -= w) < 0) return value;
    return (options.at(-1) as readonly [number, T])[1];
  }
}
