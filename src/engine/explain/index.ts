import type { ActorEvent, EngineEvent } from '../events';
import type { Registry } from '../registry';
import { explainActor } from './actors';
import { clock } from './format';

/** A plain-language sentence for any engine event: its service's own, or the actors'. */
export function explainWith(registry: Registry, event: EngineEvent): string {
  const explain = registry.owner(event.type)?.explain;
  return explain !== undefined ? explain(event) : explainActor(registry, event as ActorEvent);
}

/** A readable trace: one line per event, time since `start` first. */
export function traceWith(
  registry: Registry,
  events: readonly EngineEvent[],
  start: number,
): string {
  return events.map((e) => `${clock(e.at, start)}  ${explainWith(registry, e)}`).join('\n');
}
