import type { Outcome, Sim } from '../../../../engine/sim';
import { emitActor, valueOf } from '../../../../engine/actors/act';
import { count, launch, prune, retire, type Group } from './autoscalingMembers';

/**
 * [D] Target tracking on backlog per instance: the capacity the metric asks for is
 * ceil(visible / TargetBacklogPerInstance), within MinSize..MaxSize; it is applied once the
 * high (or low) alarm has held for its evaluation periods and the cooldown has passed.
 */
export function evaluate(sim: Sim, group: Group, outcome: Outcome): void {
  if (!outcome.ok) {
    emitActor(sim, group, 'metric-failed', {
      error: outcome.error.name,
      message: outcome.error.message,
    });
    return;
  }
  prune(sim, group);
  const config = group.config;
  const rt = group.runtime;
  const attributes = valueOf(outcome).Attributes as Record<string, string> | undefined;
  rt.visible = Number(attributes?.ApproximateNumberOfMessages ?? 0);
  const inService = count(group, 'in-service');
  rt.backlogPerInstance = inService === 0 ? rt.visible : rt.visible / inService;
  const wanted = Math.min(
    config.MaxSize,
    Math.max(config.MinSize, Math.ceil(rt.visible / config.TargetBacklogPerInstance)),
  );
  // [D] Target tracking scales in more slowly than out: its low alarm sits at 90% of the target.
  rt.highStreak = rt.backlogPerInstance > config.TargetBacklogPerInstance ? rt.highStreak + 1 : 0;
  rt.lowStreak =
    rt.backlogPerInstance < 0.9 * config.TargetBacklogPerInstance ? rt.lowStreak + 1 : 0;
  emitActor(sim, group, 'metric-evaluated', {
    visible: rt.visible,
    inService,
    backlogPerInstance: rt.backlogPerInstance,
    wanted,
  });
  const from = rt.desired;
  const now = sim.now;
  if (
    wanted > from &&
    rt.highStreak >= config.ScaleOutEvaluationPeriods &&
    now >= (rt.lastScaleOutAt ?? -Infinity) + config.ScaleOutCooldownSeconds * 1000
  ) {
    rt.desired = wanted;
    rt.lastScaleOutAt = now;
    rt.lastScaleAt = now;
    emitActor(sim, group, 'scaled-out', {
      from,
      to: wanted,
      backlogPerInstance: rt.backlogPerInstance,
      target: config.TargetBacklogPerInstance,
    });
  } else if (
    wanted < from &&
    rt.lowStreak >= config.ScaleInEvaluationPeriods &&
    now >= (rt.lastScaleAt ?? -Infinity) + config.ScaleInCooldownSeconds * 1000
  ) {
    rt.desired = wanted;
    rt.lastScaleAt = now;
    emitActor(sim, group, 'scaled-in', {
      from,
      to: wanted,
      backlogPerInstance: rt.backlogPerInstance,
      target: config.TargetBacklogPerInstance,
    });
  }
  reconcile(sim, group, false);
}

/** Launches or retires instances until those not terminating match the desired capacity. */
export function reconcile(sim: Sim, group: Group, ready: boolean): void {
  prune(sim, group);
  const rt = group.runtime;
  const config = group.config;
  rt.desired = Math.min(config.MaxSize, Math.max(config.MinSize, rt.desired));
  const active = rt.members.filter((m) => m.state !== 'terminating').length;
  for (let i = active; i < rt.desired; i++) launch(sim, group, ready);
  if (active > rt.desired) retire(sim, group, active - rt.desired);
}
