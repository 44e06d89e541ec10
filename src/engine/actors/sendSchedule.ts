import type { Sim } from '../sim';
import { randomOf } from './act';
import type { ActorRecord } from './state';

/** How a sending program paces itself: its rate, arrivals and messages per request. */
export interface SendRate {
  MessagesPerSecond: number;
  /** constant: evenly spaced; poisson: random gaps with the same mean (independent arrivals). */
  Arrival: 'constant' | 'poisson';
  /** Messages per request (a batch): the requests come that much less often. */
  BatchSize: number;
}

/**
 * When the next request goes (`runtime.tick` requests so far since `runtime.startedAt`).
 * Constant arrivals land on exact multiples of the interval from the start, so rounding never
 * drifts; Poisson gaps draw from the actor's own random stream.
 */
export function nextSendAt(
  sim: Sim,
  actor: ActorRecord,
  rate: SendRate,
  runtime: { startedAt: number; tick: number },
): number {
  const intervalMs = (1000 * rate.BatchSize) / rate.MessagesPerSecond;
  return rate.Arrival === 'constant'
    ? runtime.startedAt + Math.round((runtime.tick + 1) * intervalMs)
    : sim.now + Math.max(1, Math.round(randomOf(sim, actor).exponential(intervalMs)));
}
