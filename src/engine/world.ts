import { createWorld, type Engine, type EngineOptions } from './engine';
import type { EngineEvent } from './events';
import { explainWith, traceWith } from './explain';
import { Registry } from './registry';
import { isUnconnected, loadScenarioWith, validateScenarioWith } from './scenario';
import type { LoadedScenario, Scenario, ScenarioNode, ValidationResult } from './scenario';
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

/** Checks an untrusted scenario (a share link, a file) against the door's services. */
export function validateScenario(value: unknown): ValidationResult {
  return validateScenarioWith(doorServices(), value);
}

/** Builds a validated scenario's world in an engine the door made. */
export function loadScenario(engine: Engine, scenario: Scenario): Promise<LoadedScenario> {
  return loadScenarioWith(doorServices(), engine, scenario);
}

/** An actor node with nothing to work with: it sits idle, and the canvas says so on it. */
export function isUnconnectedActor(scenario: Pick<Scenario, 'edges'>, node: ScenarioNode): boolean {
  return isUnconnected(doorServices().nodeKind(node.type), scenario, node);
}
