import type { RandomStream } from '../../../../engine/core/rng';
import { defined, nested, problem, type Fields } from '../../../../engine/actors/config';
import { readChoice, readDecimal, readText } from '../../../../engine/actors/settingReaders';
import { FAILURE, type processingSettings } from './processingSettings';

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

const KEYS = ['Distribution', 'Ms', 'MinMs', 'MaxMs', 'MeanMs', 'StdDevMs'] as const;
const FIXED_MS_GIVEN = 1000;

/** Reads `ProcessingTime` with the ranges and defaults of the kind's processing settings. */
export function readProcessingTime(
  f: Fields,
  settings: ReturnType<typeof processingSettings>,
): ProcessingTime {
  const p = nested(f, 'ProcessingTime', KEYS);
  if (p === undefined) return { Distribution: 'fixed', Ms: settings.Ms.default };
  const kind = readChoice(p, settings.Distribution);
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
    const min = readDecimal(p, settings.MinMs);
    // MaxMs defaults to MinMs (settings.MaxMs.defaultFrom): a uniform time of one value.
    const max = readDecimal(p, settings.MaxMs) ?? min;
    if (max < min) problem(p, `${p.path}.MaxMs must be at least MinMs (${min}).`);
    return { Distribution: 'uniform', MinMs: min, MaxMs: max };
  }
  if (kind === 'normal') {
    only(['MeanMs', 'StdDevMs']);
    return {
      Distribution: 'normal',
      MeanMs: readDecimal(p, settings.MeanMs),
      StdDevMs: readDecimal(p, settings.StdDevMs),
    };
  }
  only(['Ms']);
  // A ProcessingTime given without Ms takes 1 s whatever the kind: the kind's own time (Lambda:
  // 100 ms) stands only for a ProcessingTime left out entirely.
  return { Distribution: 'fixed', Ms: readDecimal(p, { ...settings.Ms, default: FIXED_MS_GIVEN }) };
}

export function readFailure(f: Fields): FailureConfig {
  return defined({
    FailureProbability: readDecimal(f, FAILURE.FailureProbability),
    PoisonBodyContains: readText(f, FAILURE.PoisonBodyContains),
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
