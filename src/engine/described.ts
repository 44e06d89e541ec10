import type { Engine } from './engine';
import type { EngineEvent } from './events';
import { explainWith, traceWith } from './explain';
import { actorOwnersWith, eventNodesWith } from './scenario/eventNodes';
import type { ServiceDescription } from './plugin';
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
import type { SettingSchema } from './scenario/settings';

/** What the services' descriptions answer without a world: words, checks, connections. */
export interface Described {
  /**
   * A plain-language sentence for any engine event. Without its world, an actor's event is in
   * the words of the first service that has words for its type: see explainIn.
   */
  explain(event: EngineEvent): string;
  /** Sentences for the events of a scenario's world: each actor's in its own service's words. */
  explainIn(scenario: Pick<Scenario, 'nodes'>): (event: EngineEvent) => string;
  /** The service whose actor an actor id is in a scenario's world (its node's, or its launcher's). */
  actorOwners(scenario: Pick<Scenario, 'nodes'>): (actorId: string) => string | undefined;
  /** A readable trace: one line per event, time since `start` first. */
  trace(events: readonly EngineEvent[], start: number): string;
  /** Checks an untrusted scenario (a share link, a file). */
  validateScenario(value: unknown): ValidationResult;
  /** Builds a validated scenario's world in an engine with these services. */
  loadScenario(engine: Engine, scenario: Scenario): Promise<LoadedScenario>;
  /** An actor node with nothing to work with: it sits idle, and the canvas says so on it. */
  isUnconnectedActor(scenario: Pick<Scenario, 'edges'>, node: ScenarioNode): boolean;
  /** Whether the canvas may join two nodes, and by which edge (a refusal says why). */
  proposeConnection(
    scenario: Pick<Scenario, 'nodes' | 'edges'>,
    sourceId: string,
    targetId: string,
  ): ConnectionVerdict;
  /** Adds the edge the rules accept between two nodes. */
  connectNodes(scenario: Scenario, sourceId: string, targetId: string): ConnectResult;
  /** How people call a node's kind ("Lambda function"). */
  nodeLabel(node: ScenarioNode): string;
  /** What people call a node: a resource by its name, an actor by its id. */
  nodeName(node: ScenarioNode): string;
  /** The ids of the nodes each event is about, in a scenario (the log's node filter). */
  eventNodes(scenario: Pick<Scenario, 'nodes'>): (event: EngineEvent) => string[];
  /** A node type's settings, as its kind describes them (none for an unknown type). */
  nodeSettings(type: string): readonly SettingSchema[];
}

/**
 * The answers of a list of services, bound once. The door binds the engine's list; the page binds
 * the descriptions its UI plug-ins carry, so its bundle holds no code that runs a world.
 */
export function describe(descriptions: readonly ServiceDescription[]): Described {
  const registry = new Registry(descriptions);
  return {
    explain: (event) => explainWith(registry, event),
    explainIn(scenario) {
      const ownerOf = actorOwnersWith(registry, scenario);
      return (event) => explainWith(registry, event, ownerOf);
    },
    actorOwners: (scenario) => actorOwnersWith(registry, scenario),
    trace: (events, start) => traceWith(registry, events, start),
    validateScenario: (value) => validateScenarioWith(registry, value),
    loadScenario: (engine, scenario) => loadScenarioWith(registry, engine, scenario),
    isUnconnectedActor: (scenario, node) =>
      isUnconnected(registry.nodeKind(node.type), scenario, node),
    proposeConnection: (scenario, sourceId, targetId) =>
      proposeConnectionWith(registry, scenario, sourceId, targetId),
    connectNodes: (scenario, sourceId, targetId) =>
      connectWith(registry, scenario, sourceId, targetId),
    nodeLabel: (node) => registry.nodeKind(node.type)?.label(node) ?? node.type,
    nodeName: (node) => registry.nodeKind(node.type)?.name?.(node) ?? node.id,
    eventNodes: (scenario) => eventNodesWith(registry, scenario),
    nodeSettings: (type) => registry.nodeKind(type)?.settings ?? [],
  };
}
