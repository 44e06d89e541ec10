import { atPath, readPath, type Config, type FieldSpec } from './spec';

/** Building blocks of actor settings: whole numbers, probabilities, optional blocks, processing time. */
const n = (x: number) => x.toLocaleString('en-US');
export const int = (
  min: number,
  max: number,
  defaultValue: string | undefined,
  help: string,
  unit = '',
) => ({
  kind: 'integer' as const,
  min,
  max,
  range: `${n(min)}–${n(max)}${unit === '' ? '' : ` ${unit}`}`,
  defaultValue,
  help,
});
const probability = (help: string) => ({
  kind: 'decimal' as const,
  min: 0,
  max: 1,
  range: '0–1',
  defaultValue: '0',
  help,
});

/** An optional block ({} turns it on with the engine's defaults; off removes it). */
export function block(key: string, help: string): FieldSpec {
  return {
    id: key,
    kind: 'boolean',
    defaultValue: 'false',
    help,
    read: (config) => (config[key] === undefined ? undefined : 'true'),
    patch: (_config, value) => ({ [key]: value === 'true' ? {} : undefined }),
  };
}
export const inBlock = (key: string) => (config: Config) => config[key] !== undefined;

const PROCESSING_DEFAULTS: Record<string, Config> = {
  fixed: { Distribution: 'fixed', Ms: 1000 },
  uniform: { Distribution: 'uniform', MinMs: 500, MaxMs: 1500 },
  normal: { Distribution: 'normal', MeanMs: 1000, StdDevMs: 200 },
};

export function processing(defaultMs: number): FieldSpec[] {
  const distribution = (config: Config) =>
    readPath(config, ['ProcessingTime', 'Distribution']) ?? 'fixed';
  const ms = (key: string, d: string, help: string, when: string) =>
    atPath(['ProcessingTime', key], {
      ...int(0, 43_200_000, d, help, 'ms'),
      visible: (config) => distribution(config) === when,
    });
  return [
    {
      id: 'ProcessingTime.Distribution',
      kind: 'choice',
      choices: ['fixed', 'uniform', 'normal'],
      defaultValue: 'fixed',
      help: 'How long one message takes to process.',
      read: (config) => readPath(config, ['ProcessingTime', 'Distribution']),
      patch: (_config, value) => ({
        ProcessingTime: value === undefined ? undefined : PROCESSING_DEFAULTS[value],
      }),
    },
    ms('Ms', String(defaultMs), 'Every message takes exactly this long.', 'fixed'),
    ms('MinMs', '0', 'Shortest processing time.', 'uniform'),
    ms('MaxMs', 'MinMs', 'Longest processing time.', 'uniform'),
    ms('MeanMs', '1000', 'Average processing time.', 'normal'),
    ms('StdDevMs', '0', 'Spread around the mean.', 'normal'),
  ];
}

export function failure(): FieldSpec[] {
  return [
    atPath(
      ['FailureProbability'],
      probability('Chance that processing a message throws (it is not deleted).'),
    ),
    atPath(['PoisonBodyContains'], {
      kind: 'text',
      defaultValue: undefined,
      help: 'A message whose body contains this text always fails: a poison message.',
    }),
  ];
}
