import type { Engine } from './engine';
import type { EngineEvent } from './events';
import { explainWith, traceWith } from './explain';
import { Registry } from './registry';
import {
  connectWith,
  isUnconnected,
  loadScenarioWith,
  proposeConnectionWith,
  validateScenarioWith,
} from './scenario';
import type {
  ConnectResult,
  ConnectionVerdict,
  LoadedScenario,
  Scenario,
  ScenarioNode,
  ValidationResult,
} from './scenario';
import { descriptions } from './services/descriptions';

let registry: Registry | undefined;
/** The door's services as described (no code that runs a world: the page imports this). */
function described(): Registry {
  registry ??= new Registry(descriptions);
  return registry;
}

/** A plain-language sentence for any engine event. */
export function explain(event: EngineEvent): string {
  return explainWith(described(), event);
}

/** A readable trace: one line per event, time since `start` first. */
export function trace(events: readonly EngineEvent[], start: number): string {
  return traceWith(described(), events, start);
}

/** Checks an untrusted scenario (a share link, a file) against the door's services. */
export function validateScenario(value: unknown): ValidationResult {
  return validateScenarioWith(described(), value);
}

/** Builds a validated scenario's world in an engine the door made. */
export function loadScenario(engine: Engine, scenario: Scenario): Promise<LoadedScenario> {
  return loadScenarioWith(described(), engine, scenario);
}

/** An actor node with nothing to work with: it sits idle, and the canvas says so on it. */
export function isUnconnectedActor(scenario: Pick<Scenario, 'edges'>, node: ScenarioNode): boolean {
  return isUnconnected(described().nodeKind(node.type), scenario, node);
}

/** Whether the canvas may join two nodes, and by which edge (a refusal says why). */
export function proposeConnection(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  sourceId: string,
  targetId: string,
): ConnectionVerdict {
  return proposeConnectionWith(described(), scenario, sourceId, targetId);
}

/** Adds the edge the rules accept between two nodes. */
export function connectNodes(
  scenario: Scenario,
  sourceId: string,
  targetId: string,
): ConnectResult {
  return connectWith(described(), scenario, sourceId, targetId);
}

/** How people call a node's kind ("SQS FIFO queue"). */
export function nodeLabel(node: ScenarioNode): string {
  return described().nodeKind(node.type)?.label(node) ?? node.type;
}

/** What people call a node: a resource by its name, an actor by its id. */
export function nodeName(node: ScenarioNode): string {
  return described().nodeKind(node.type)?.name?.(node) ?? node.id;
}
