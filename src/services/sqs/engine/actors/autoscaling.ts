import { callAws, stepAt } from '../../../../engine/actors/act';
import { defineActorKind, type ActorKind } from '../../../../engine/actors/behavior';
import { configureAutoscaling, type AutoscalingConfig } from './autoscalingConfig';
import { evaluate, reconcile } from './autoscalingPolicy';
import { count, removeMembers, warmed, type GroupRuntime } from './autoscalingMembers';

/**
 * [D] "Scaling policy based on Amazon SQS": a target tracking policy keeps
 * ApproximateNumberOfMessagesVisible / InService near TargetBacklogPerInstance. The metric is
 * read through GetQueueAttributes, as a CloudWatch alarm would see it, once per period.
 * Capacity the metric asks for: ceil(visible / target), within MinSize..MaxSize.
 */
export const autoscalingConsumers: ActorKind = defineActorKind<AutoscalingConfig, GroupRuntime>({
  configure: (raw) => ({ ...configureAutoscaling(raw) }),

  // UpdateActor keeps the current capacity unless it names a new DesiredCapacity.
  runtime: (_sim, config, previous) => ({
    members: previous?.members ?? [],
    launched: previous?.launched ?? 0,
    desired:
      previous?.configuredDesired === config.DesiredCapacity
        ? previous.desired
        : config.DesiredCapacity,
    configuredDesired: config.DesiredCapacity,
    highStreak: 0,
    lowStreak: 0,
    visible: previous?.visible ?? 0,
    backlogPerInstance: previous?.backlogPerInstance ?? 0,
    ...(previous?.lastScaleAt === undefined ? {} : { lastScaleAt: previous.lastScaleAt }),
    ...(previous?.lastScaleOutAt === undefined ? {} : { lastScaleOutAt: previous.lastScaleOutAt }),
  }),

  start(sim, actor, created) {
    const config = actor.config;
    // Booting instances were waiting on steps of the old generation: they boot again.
    for (const m of actor.runtime.members) {
      if (m.state === 'pending')
        stepAt(sim, actor, sim.now + config.InstanceWarmupSeconds * 1000, 'warmed', m.id);
    }
    // A new group starts with its desired instances already in service; a reconfigured one keeps
    // its instances (like a launch template change: only new instances get the new template).
    reconcile(sim, actor, created);
    stepAt(sim, actor, sim.now + config.EvaluationPeriodSeconds * 1000, 'evaluate');
  },

  onStep(sim, actor, step, data) {
    if (step === 'warmed') warmed(sim, actor, data as string);
    else if (step === 'evaluate') {
      callAws(
        sim,
        actor,
        'sqs',
        'GetQueueAttributes',
        {
          QueueUrl: actor.config.QueueUrl,
          AttributeNames: ['ApproximateNumberOfMessages'],
        },
        'metric',
      );
      stepAt(sim, actor, sim.now + actor.config.EvaluationPeriodSeconds * 1000, 'evaluate');
    }
  },

  onReply(sim, actor, _purpose, outcome) {
    evaluate(sim, actor, outcome);
  },

  gauges(_sim, actor) {
    const rt = actor.runtime;
    return {
      Status: autoscalingConsumers.status(actor),
      InService: count(actor, 'in-service'),
      Pending: count(actor, 'pending'),
      Terminating: count(actor, 'terminating'),
      Desired: rt.desired,
      BacklogPerInstance: Math.round(rt.backlogPerInstance * 100) / 100,
      ApproximateNumberOfMessagesVisible: rt.visible,
    };
  },

  status: (actor) =>
    count(actor, 'pending') > 0
      ? 'scaling-out'
      : count(actor, 'terminating') > 0
        ? 'scaling-in'
        : 'steady',

  remove: (sim, actor) => removeMembers(sim, actor),

  memberLeft(_sim, actor, memberId) {
    actor.runtime.members = actor.runtime.members.filter((m) => m.id !== memberId);
  },
});
