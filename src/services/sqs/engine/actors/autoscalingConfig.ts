import {
  decimal,
  fields,
  finish,
  integer,
  nested,
  problem,
  text,
} from '../../../../engine/actors/config';
import { CONSUMER_KEYS, readConsumer, type ConsumerConfig } from './consumerConfig';

/**
 * An Auto Scaling group of consumer instances with a target tracking policy on "backlog per
 * instance" (ApproximateNumberOfMessagesVisible / InService), as the AWS guide "Scaling policy
 * based on Amazon SQS" describes.
 */
export interface AutoscalingConfig {
  QueueUrl: string;
  MinSize: number;
  MaxSize: number;
  DesiredCapacity: number;
  TargetBacklogPerInstance: number;
  /** CloudWatch metric period: how often the policy looks at the queue. Default 60 s. */
  EvaluationPeriodSeconds: number;
  /** [D] Target tracking's alarms: high needs 3 periods in a row, low needs 15. */
  ScaleOutEvaluationPeriods: number;
  ScaleInEvaluationPeriods: number;
  ScaleOutCooldownSeconds: number;
  ScaleInCooldownSeconds: number;
  /** Launch to in service: the instance boots before it polls. Default 60 s. */
  InstanceWarmupSeconds: number;
  /** The launch template: consumer settings for each instance (QueueUrl comes from the group). */
  Template: Omit<ConsumerConfig, 'QueueUrl'>;
}

const KEYS = [
  'QueueUrl',
  'MinSize',
  'MaxSize',
  'DesiredCapacity',
  'TargetBacklogPerInstance',
  'EvaluationPeriodSeconds',
  'ScaleOutEvaluationPeriods',
  'ScaleInEvaluationPeriods',
  'ScaleOutCooldownSeconds',
  'ScaleInCooldownSeconds',
  'InstanceWarmupSeconds',
  'Template',
] as const;

export function configureAutoscaling(raw: unknown): AutoscalingConfig {
  const f = fields(raw, KEYS);
  const min = integer(f, 'MinSize', { min: 0, max: 1000 }) ?? 1;
  const max = integer(f, 'MaxSize', { min: 1, max: 1000 }) ?? Math.max(min, 10);
  if (max < min) problem(f, `MaxSize (${max}) must be at least MinSize (${min}).`);
  const desired = integer(f, 'DesiredCapacity', { min: 0, max: 1000 }) ?? min;
  if (desired < min || desired > max)
    problem(
      f,
      `DesiredCapacity must be from MinSize (${min}) to MaxSize (${max}) (got ${desired}).`,
    );
  const template =
    nested(
      f,
      'Template',
      CONSUMER_KEYS.filter((k) => k !== 'QueueUrl'),
    ) ?? fields({}, [], 'Template', f.problems);
  const { QueueUrl: _ignored, ...consumer } = readConsumer(template, false);
  const seconds = (key: string, fallback: number) =>
    integer(f, key, { min: 0, max: 86_400 }) ?? fallback;
  const config: AutoscalingConfig = {
    QueueUrl: text(f, 'QueueUrl', { required: true }) ?? '',
    MinSize: min,
    MaxSize: max,
    DesiredCapacity: desired,
    TargetBacklogPerInstance:
      decimal(f, 'TargetBacklogPerInstance', { min: 0, max: 1_000_000, above: true }) ?? 100,
    EvaluationPeriodSeconds: integer(f, 'EvaluationPeriodSeconds', { min: 10, max: 3600 }) ?? 60,
    ScaleOutEvaluationPeriods: integer(f, 'ScaleOutEvaluationPeriods', { min: 1, max: 100 }) ?? 3,
    ScaleInEvaluationPeriods: integer(f, 'ScaleInEvaluationPeriods', { min: 1, max: 100 }) ?? 15,
    ScaleOutCooldownSeconds: seconds('ScaleOutCooldownSeconds', 300),
    ScaleInCooldownSeconds: seconds('ScaleInCooldownSeconds', 300),
    InstanceWarmupSeconds: seconds('InstanceWarmupSeconds', 60),
    Template: consumer,
  };
  finish(f, 'autoscaling-consumers');
  return config;
}
