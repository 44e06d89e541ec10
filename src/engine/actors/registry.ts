import { autoscalingConsumers } from './autoscaling';
import type { ActorBehavior } from './behavior';
import { consumer } from './consumer';
import { lambdaSqs } from './lambdaSqs';
import { producer } from './producer';
import { script } from './script';

/** Actor kinds by name (a Map: a caller's Kind is never looked up on a prototype). */
const behaviors = /* @__PURE__ */ new Map<string, ActorBehavior>([
  ['producer', producer],
  ['consumer', consumer],
  ['lambda-sqs', lambdaSqs],
  ['autoscaling-consumers', autoscalingConsumers],
  ['script', script],
]);

export function behaviorOf(kind: string): ActorBehavior {
  const behavior = behaviors.get(kind);
  if (behavior === undefined) throw new Error(`No actor behaviour for kind "${kind}".`);
  return behavior;
}

export function isActorKind(kind: string): boolean {
  return behaviors.has(kind);
}

export function actorKinds(): string[] {
  return [...behaviors.keys()];
}
