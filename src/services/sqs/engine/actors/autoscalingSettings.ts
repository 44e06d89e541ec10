import { within, type SettingSchema } from '../../../../engine/scenario/settings';
import { CONSUMER_SETTINGS } from './consumerSettings';

const SIZE = { type: 'integer', min: 0, max: 1000 } as const;
/** [D] Cooldowns and warm-up: up to a day. */
const seconds = (path: string, value: number, help: string) =>
  ({
    path: [path],
    type: 'integer',
    min: 0,
    max: 86_400,
    default: value,
    unit: 'seconds',
    help,
  }) as const;

/**
 * An Auto Scaling group's size and target tracking policy, in the inspector's order: the AWS
 * guide "Scaling policy based on Amazon SQS". [D] Target tracking's alarms: high needs 3 periods
 * in a row, low needs 15.
 */
export const AUTOSCALING = {
  MinSize: { ...SIZE, path: ['MinSize'], default: 1, help: 'Fewest instances.' },
  MaxSize: {
    ...SIZE,
    path: ['MaxSize'],
    min: 1,
    default: 10,
    help: 'Most instances (default: 10, or MinSize if larger).',
  },
  DesiredCapacity: {
    ...SIZE,
    path: ['DesiredCapacity'],
    defaultFrom: 'MinSize',
    help: 'Instances at the start.',
  },
  TargetBacklogPerInstance: {
    path: ['TargetBacklogPerInstance'],
    type: 'decimal',
    min: 0,
    above: true,
    max: 1_000_000,
    default: 100,
    help: 'Target tracking: ApproximateNumberOfMessagesVisible ÷ InService.',
  },
  EvaluationPeriodSeconds: {
    path: ['EvaluationPeriodSeconds'],
    type: 'integer',
    min: 10,
    max: 3600,
    default: 60,
    unit: 'seconds',
    help: 'CloudWatch metric period.',
  },
  ScaleOutEvaluationPeriods: {
    path: ['ScaleOutEvaluationPeriods'],
    type: 'integer',
    min: 1,
    max: 100,
    default: 3,
    help: 'Periods above target before scaling out.',
  },
  ScaleInEvaluationPeriods: {
    path: ['ScaleInEvaluationPeriods'],
    type: 'integer',
    min: 1,
    max: 100,
    default: 15,
    help: 'Periods below target before scaling in.',
  },
  ScaleOutCooldownSeconds: seconds('ScaleOutCooldownSeconds', 300, 'Wait after scaling out.'),
  ScaleInCooldownSeconds: seconds('ScaleInCooldownSeconds', 300, 'Wait after scaling in.'),
  InstanceWarmupSeconds: seconds('InstanceWarmupSeconds', 60, 'Launch to in service.'),
} as const satisfies Record<string, SettingSchema>;

/** The group's own settings, then its launch template's: a consumer's, under Template. */
export const AUTOSCALING_SETTINGS: readonly SettingSchema[] = [
  ...Object.values(AUTOSCALING),
  ...within('Template', CONSUMER_SETTINGS),
];
