import type { SettingSchema } from '../../../../engine/scenario/settings';

/** [playground] A processing time is at most 12 hours, the longest a message can stay hidden. */
const MAX_MS = 43_200_000;
const DISTRIBUTION = ['ProcessingTime', 'Distribution'] as const;
const ms = (key: string, help: string, shown: 'fixed' | 'uniform' | 'normal') =>
  ({
    path: ['ProcessingTime', key],
    type: 'decimal',
    min: 0,
    max: MAX_MS,
    unit: 'ms',
    help,
    when: { path: DISTRIBUTION, equals: shown, absent: 'fixed' },
  }) as const;

/**
 * How long one message takes and whether it fails: consumers, auto scaling members and Lambda
 * functions share these knobs. `fixedMs` is the kind's time per message when none is given.
 */
export function processingSettings(fixedMs: number, msHelp: string) {
  return {
    Distribution: {
      path: DISTRIBUTION,
      type: 'choice',
      choices: ['fixed', 'uniform', 'normal'],
      default: 'fixed',
      help: 'How long one message takes to process.',
      // Starting values a learner can see move; the reader's defaults fill what is left out.
      variants: {
        fixed: { Ms: 1000 },
        uniform: { MinMs: 500, MaxMs: 1500 },
        normal: { MeanMs: 1000, StdDevMs: 200 },
      },
    },
    Ms: { ...ms('Ms', msHelp, 'fixed'), default: fixedMs },
    MinMs: { ...ms('MinMs', 'Shortest processing time.', 'uniform'), default: 0 },
    MaxMs: { ...ms('MaxMs', 'Longest processing time.', 'uniform'), defaultFrom: 'MinMs' },
    MeanMs: { ...ms('MeanMs', 'Average processing time.', 'normal'), default: 1000 },
    StdDevMs: { ...ms('StdDevMs', 'Spread around the mean.', 'normal'), default: 0 },
  } as const satisfies Record<string, SettingSchema>;
}

export const FAILURE = {
  FailureProbability: {
    path: ['FailureProbability'],
    type: 'decimal',
    min: 0,
    max: 1,
    default: 0,
    help: 'Chance that processing a message throws (it is not deleted).',
  },
  PoisonBodyContains: {
    path: ['PoisonBodyContains'],
    type: 'text',
    nonEmpty: true,
    maxLength: 1024,
    help: 'A message whose body contains this text always fails: a poison message.',
  },
} as const satisfies Record<string, SettingSchema>;
