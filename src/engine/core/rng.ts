/**
 * Seeded randomness with independent streams forked by label ("actor:p1", "<service>:<resource>"), so
 * adding a node never reshuffles the draws of the others. The state is plain data.
 * Generator: sfc32 (small fast counting, passes PractRand), seeded through splitmix32.
 */
export type StreamState = [number, number, number, number];

export interface RngState {
  seed: number;
  streams: Record<string, StreamState>;
}

export function createRngState(seed: number): RngState {
  return { seed: seed >>> 0, streams: {} };
}

export class RandomStream {
  constructor(private readonly s: StreamState) {}

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const t = (((s[0] + s[1]) | 0) + s[3]) | 0;
    s[3] = (s[3] + 1) | 0;
    s[0] = s[1] ^ (s[1] >>> 9);
    s[1] = (s[2] + (s[2] << 3)) | 0;
    s[2] = (s[2] << 21) | (s[2] >>> 11);
    s[2] = (s[2] + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return probability > 0 && this.float() < probability;
  }

  /** Exponentially distributed with the given mean (inter-arrival times of a Poisson process). */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  /** Normally distributed (Box–Muller), for processing-time jitter. */
  normal(mean: number, stdDev: number): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + stdDev * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

export function stream(state: RngState, label: string): RandomStream {
  let s = state.streams[label];
  if (s === undefined) {
    s = seedStream(state.seed, label);
    state.streams[label] = s;
  }
  return new RandomStream(s);
}

function seedStream(seed: number, label: string): StreamState {
  let x = (seed ^ fnv1a(label)) >>> 0;
  const next = () => {
    x = (x + 0x9e3779b9) | 0;
    return mix32(x);
  };
  const s: StreamState = [next(), next(), next(), next()];
  const warm = new RandomStream(s);
  for (let i = 0; i < 12; i++) warm.nextUint32();
  return s;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a label. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A bijective 32-bit mixer (splitmix32 finaliser). */
export function mix32(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
