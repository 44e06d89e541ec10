import { createWorld, type Engine, type EngineOptions } from './engine';
import type { EngineEvent } from './events';
import { explainWith, traceWith } from './explain';
import { Registry } from './registry';
import { services } from './services';

/**
 * The engine as the door gives it: every service of the list in services/index.ts. This is the
 * one place that list is read; the core takes it as an argument.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  return createWorld(options, services);
}

let registry: Registry | undefined;
/** The door's services, assembled once for what needs them outside a world (explanations, checks). */
export function doorServices(): Registry {
  registry ??= new Registry(services);
  return registry;
}

/** A plain-language sentence for any engine event. */
export function explain(event: EngineEvent): string {
  return explainWith(doorServices(), event);
}

/** A readable trace: one line per event, time since `start` first. */
export function trace(events: readonly EngineEvent[], start: number): string {
  return traceWith(doorServices(), events, start);
}
