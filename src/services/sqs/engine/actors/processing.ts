import type { RandomStream } from '../../../../engine/core/rng';
import {
  decimal,
  defined,
  nested,
  oneOf,
  problem,
  text,
  type Fields,
} from '../../../../engine/actors/config';

/**
 * How long one message takes to process and whether it fails: shared by consumers, autoscaling
 * members and Lambda functions, so the same knobs mean the same thing everywhere.
 */
export type ProcessingTime =
  | { Distribution: 'fixed'; Ms: number }
  | { Distribution: 'uniform'; MinMs: number; MaxMs: number }
  | { Distribution: 'normal'; MeanMs: number; StdDevMs: number };

export interface FailureConfig {
  /** Chance, 0–1, that processing a message throws. */
  FailureProbability: number;
  /** A message whose body contains this text always fails (a poison message). */
  PoisonBodyContains?: string;
}

const MAX_MS = 43_200_000;
const KEYS = ['Distribution', 'Ms', 'MinMs', 'MaxMs', 'MeanMs', 'StdDevMs'] as const;

export function readProcessingTime(
  f: Fields,
  key: string,
  fallback: ProcessingTime,
): ProcessingTime {
  const p = nested(f, key, KEYS);
  if (p === undefined) return fallback;
  const kind = oneOf(p, 'Distribution', ['fixed', 'uniform', 'normal'] as const) ?? 'fixed';
  const ms = (k: string) => decimal(p, k, { min: 0, max: MAX_MS });
  const only = (allowed: readonly string[]) => {
    for (const k of Object.keys(p.raw)) {
      if (k !== 'Distribution' && !allowed.includes(k) && (KEYS as readonly string[]).includes(k)) {
        problem(
          p,
          `${p.path}.${k} does not apply to the ${kind} distribution (use ${allowed.join(', ')}).`,
        );
      }
    }
  };
  if (kind === 'uniform') {
    only(['MinMs', 'MaxMs']);
    const min = ms('MinMs') ?? 0;
    const max = ms('MaxMs') ?? min;
    if (max < min) problem(p, `${p.path}.MaxMs must be at least MinMs (${min}).`);
    return { Distribution: 'uniform', MinMs: min, MaxMs: max };
  }
  if (kind === 'normal') {
    only(['MeanMs', 'StdDevMs']);
    return { Distribution: 'normal', MeanMs: ms('MeanMs') ?? 1000, StdDevMs: ms('StdDevMs') ?? 0 };
  }
  only(['Ms']);
  return { Distribution: 'fixed', Ms: ms('Ms') ?? 1000 };
}

export function readFailure(f: Fields): FailureConfig {
  return defined({
    FailureProbability: decimal(f, 'FailureProbability', { min: 0, max: 1 }) ?? 0,
    PoisonBodyContains: text(f, 'PoisonBodyContains', { nonEmpty: true, maxLength: 1024 }),
  });
}

/** Whole milliseconds, never negative (a normal draw can dip below zero). */
export function sampleMs(time: ProcessingTime, random: RandomStream): number {
  switch (time.Distribution) {
    case 'fixed':
      return Math.round(time.Ms);
    case 'uniform':
      return Math.round(time.MinMs + random.float() * (time.MaxMs - time.MinMs));
    case 'normal':
      return Math.max(0, Math.round(random.normal(time.MeanMs, time.StdDevMs)));
  }
}

/** Why a message fails, or undefined when it succeeds. Poison wins over chance. */
export function failureOf(
  config: FailureConfig,
  body: string,
  random: RandomStream,
): 'poison' | 'random' | undefined {
  if (config.PoisonBodyContains !== undefined && body.includes(config.PoisonBodyContains))
    return 'poison';
  return random.chance(config.FailureProbability) ? 'random' : undefined;
}

export const PROCESSING_KEYS = [
  'ProcessingTime',
  'FailureProbability',
  'PoisonBodyContains',
] as const;
