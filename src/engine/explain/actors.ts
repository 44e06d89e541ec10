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

/** Which service's actor an actor id is, when the caller knows (see actorOwnersWith). */
export type ActorOwnerOf = (actorId: string) => string | undefined;

/**
 * One plain sentence per actor event: the core's own, else the words of the service whose actor
 * it is (`ownerOf`). For an actor whose service the caller does not know, the first service that
 * has words for the event's type speaks.
 */
export function explainActor(registry: Registry, e: ActorEvent, ownerOf?: ActorOwnerOf): string {
  if (isCore(e)) return explainCore(registry, e);
  const owner = ownerOf?.(e.actor);
  for (const plugin of registry.plugins) {
    if (owner !== undefined && plugin.name !== owner) continue;
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
