import type { ActorEvent, CoreActorEvent } from '../events';
import type { Registry } from '../registry';
import { explainScriptStep } from './script';

const CORE_TYPES = new Set<string>([
  'actor/created',
  'actor/reconfigured',
  'actor/deleted',
  'actor/terminated',
  'actor/narrated',
  'actor/script-step-ran',
  'actor/script-step-failed',
]);

const isCore = (e: ActorEvent): e is CoreActorEvent => CORE_TYPES.has(e.type);

/** One plain sentence per actor event: the core's own, else its kind's service's. */
export function explainActor(registry: Registry, e: ActorEvent): string {
  if (isCore(e)) return explainCore(registry, e);
  for (const plugin of registry.plugins) {
    const sentence = plugin.explainActor?.(e);
    if (sentence !== undefined) return sentence;
  }
  return `${e.actor}: ${e.type.slice('actor/'.length).replace(/-/g, ' ')}.`;
}

function explainCore(registry: Registry, e: CoreActorEvent): string {
  const who = e.actor;
  switch (e.type) {
    case 'actor/created':
      return `${who}: ${e.kind} started.`;
    case 'actor/reconfigured':
      return `${who}: settings changed; work in progress was abandoned.`;
    case 'actor/deleted':
      return `${who}: removed.`;
    case 'actor/terminated':
      return `${who}: instance terminated after finishing its work (scale-in of ${e.group ?? ''}).`;
    case 'actor/narrated':
      return e.text;
    case 'actor/script-step-ran':
      return explainScriptStep(registry, e);
    case 'actor/script-step-failed':
      if (e.expected) return `${e.action} refused, as AWS refuses it: ${e.error} — ${e.message}`;
      return explainScriptStep(registry, e);
  }
}
