import { fields, finish, integer, nested, problem, text } from '../../../../engine/actors/config';
import { readDecimal, readInteger } from '../../../../engine/actors/settingReaders';
import { memberOf } from '../../../../engine/scenario/settings';
import { AUTOSCALING } from './autoscalingSettings';
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
  const a = AUTOSCALING;
  const min = readInteger(f, a.MinSize);
  const max = integer(f, memberOf(a.MaxSize), a.MaxSize) ?? Math.max(min, a.MaxSize.default);
  if (max < min) problem(f, `MaxSize (${max}) must be at least MinSize (${min}).`);
  const desired = readInteger(f, a.DesiredCapacity) ?? min;
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
  const config: AutoscalingConfig = {
    QueueUrl: text(f, 'QueueUrl', { required: true }) ?? '',
    MinSize: min,
    MaxSize: max,
    DesiredCapacity: desired,
    TargetBacklogPerInstance: readDecimal(f, a.TargetBacklogPerInstance),
    EvaluationPeriodSeconds: readInteger(f, a.EvaluationPeriodSeconds),
    ScaleOutEvaluationPeriods: readInteger(f, a.ScaleOutEvaluationPeriods),
    ScaleInEvaluationPeriods: readInteger(f, a.ScaleInEvaluationPeriods),
    ScaleOutCooldownSeconds: readInteger(f, a.ScaleOutCooldownSeconds),
    ScaleInCooldownSeconds: readInteger(f, a.ScaleInCooldownSeconds),
    InstanceWarmupSeconds: readInteger(f, a.InstanceWarmupSeconds),
    Template: consumer,
  };
  finish(f, 'autoscaling-consumers');
  return config;
}
