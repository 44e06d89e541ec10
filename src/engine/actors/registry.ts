import { autoscalingConsumers } from './autoscaling';
import type { ActorBehavior } from './behavior';
import { consumer } from './consumer';
import { lambdaSqs } from './lambdaSqs';
import { producer } from './producer';
import { script } from './script';

/** Actor kinds by name. */
const behaviors: Record<string, ActorBehavior> = {
  producer,
  consumer,
  'lambda-sqs': lambdaSqs,
  'autoscaling-consumers': autoscalingConsumers,
  script,
};

export function behaviorOf(kind: string): ActorBehavior {
  const behavior = behaviors[kind];
  if (behavior === undefined) throw new Error(`No actor behaviour for kind "${kind}".`);
  return behavior;
}

export function isActorKind(kind: string): boolean {
  return behaviors[kind] !== undefined;
}

export function actorKinds(): string[] {
  return Object.keys(behaviors);
}
