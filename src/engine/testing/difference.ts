import type { EngineEvent } from '../events';
import { logText } from './fuzz/checks';
import type { RecordedCall, TestWorld } from './testWorld';

/** What two runs of the same calls must agree on: the clock, the log, the answers, the gauges. */
export interface Observed {
  readonly now: number;
  readonly log: readonly EngineEvent[];
  readonly calls: readonly RecordedCall[];
  readonly gauges: unknown;
}

/** What a world shows, from a point of its log and its calls on (by default, all of it). */
export function observe(world: TestWorld, from = { log: 0, calls: 0 }): Observed {
  return {
    now: world.now,
    log: world.log.slice(from.log),
    calls: world.calls.slice(from.calls),
    gauges: world.gauges(),
  };
}

/** The first place two runs part, in words (a readable failure), or undefined when they agree. */
export function firstDifference(a: Observed, b: Observed): string | undefined {
  for (const part of ['log', 'calls'] as const)
    for (let i = 0; i < Math.max(a[part].length, b[part].length); i++) {
      const [one, other] = [logText(a[part][i]), logText(b[part][i])];
      if (one !== other) return `${part}[${i}]:\n  ${one}\n  ${other}`;
    }
  const [one, other] = [logText(a.gauges), logText(b.gauges)];
  if (one !== other) return `gauges:\n  ${one}\n  ${other}`;
  if (a.now !== b.now) return `now: ${a.now} vs ${b.now}`;
  return undefined;
}
