import type { ActorEvent, EngineEvent } from '../events';
import type { Registry } from '../registry';
import { explainActor, type ActorOwnerOf } from './actors';
import { clock } from './format';

/**
 * A plain-language sentence for any engine event: its service's own, or the actors' (an actor's
 * in the words of the service whose actor it is, when `ownerOf` knows: see explainActor).
 */
export function explainWith(
  registry: Registry,
  event: EngineEvent,
  ownerOf?: ActorOwnerOf,
): string {
  const explain = registry.owner(event.type)?.explain;
  return explain !== undefined
    ? explain(event)
    : explainActor(registry, event as ActorEvent, ownerOf);
}

/**
 * A readable trace: one line per event, time since `start` first. Each actor's events are in the
 * words of its kind's service, known from its `actor/created` event in the list.
 */
export function traceWith(
  registry: Registry,
  events: readonly EngineEvent[],
  start: number,
): string {
  const owners = new Map<string, string | undefined>();
  const ownerOf: ActorOwnerOf = (actor) => owners.get(actor);
  return events
    .map((e) => {
      if (e.type === 'actor/created') owners.set(e.actor, registry.kindOwner(e.kind));
      return `${clock(e.at, start)}  ${explainWith(registry, e, ownerOf)}`;
    })
    .join('\n');
}
