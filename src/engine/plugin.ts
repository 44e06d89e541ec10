import type { ActorBehavior } from './actors/behavior';
import type { ActorEvent, EngineEvent } from './events';
import type { ScenarioKinds } from './scenario/kinds';
import type { ActionHandler, Sim } from './sim';
import type { WorldState } from './state';
import type { Task } from './tasks';

/** Runs one kind of scheduled task. */
export type TaskHandler<T = Task> = (sim: Sim, task: T) => void;

/** A handler for each kind of a service's task union, typed by kind. */
export type TaskHandlers<T extends { kind: string }> = {
  readonly [K in T['kind']]: TaskHandler<Extract<T, { kind: K }>>;
};

/**
 * What a service tells about itself without running: its events in words, its script steps in
 * words, and what it brings to scenarios. The UI reads these (the event log, scenario checks),
 * so a description imports nothing that runs a world: the page's bundle stays small.
 */
export interface ServiceDescription<E = EngineEvent> {
  /** The name callers use (`engine.call(name, Action)`) and the prefix of its events and tasks. */
  readonly name: string;
  /** One plain sentence for each of its events. */
  explain?(event: E): string;
  /** A sentence for an event of one of its actor kinds; undefined for any other event. */
  explainActor?(event: ActorEvent): string | undefined;
  /** How a scenario's script steps on its actions read in the event log. */
  readonly scriptSteps?: ScriptStepWords;
  /** The nodes and edges it brings to the canvas and the scenario format, and its loader. */
  readonly scenario?: ScenarioKinds;
  /** Whom one of its events is about: the event log filters by these nodes and lights them up. */
  subjects?(event: E): EventSubjects;
}

/** What an event names: resources of its service by name (as its nodes name them), actors by id. */
export interface EventSubjects {
  readonly resources: readonly string[];
  readonly actors: readonly string[];
}

/**
 * What a service brings to the engine: its description and what runs. The core never names a
 * service: the list of plug-ins is handed in where the engine is assembled (src/engine/world.ts),
 * and each service's types join the world's through module augmentation of ServiceStates,
 * ServiceEvents, ServiceTasks and ServiceGauges (see services/<name>/types.ts).
 */
export interface ServicePlugin<
  E = EngineEvent,
  T extends { kind: string } = never,
> extends ServiceDescription<E> {
  /** Its AWS actions by their AWS names. */
  readonly actions?: Readonly<Record<string, ActionHandler>>;
  /** Controls it adds to the playground's own door (PeekMessages, ...). */
  readonly playgroundActions?: Readonly<Record<string, ActionHandler>>;
  /** Its part of the world, kept at `state[name]` (plain data: a snapshot clones it). */
  createState?(): unknown;
  /** Handlers of its scheduled tasks, by task kind (`name/...`). */
  readonly tasks?: TaskHandlers<T>;
  /** CloudWatch-style numbers by resource name, now. */
  gauges?(sim: Sim): Readonly<Record<string, object>>;
  /** Its state as a snapshot keeps it: waits of callers outside the world are theirs, not data. */
  withoutExternalWaiters?(state: WorldState): WorldState;
  /** A caller inside the world is gone (crashed, redeployed, deleted): withdraw what it waits on. */
  forgetCaller?(sim: Sim, caller: string): void;
  /** The simulated programs it brings (producers, consumers, pollers), by kind. */
  readonly actorKinds?: Readonly<Record<string, ActorBehavior>>;
}

/** What a script step's sentence needs from the service whose action it calls. */
export interface ScriptStepWords {
  /** Input members that name what a step acts on (a URL, a name, an ARN). */
  readonly targets: readonly string[];
  /** Input members that hold the settings a step sets (Attributes, ...). */
  readonly settings: readonly string[];
  /** The sentence for a step that ran, or undefined for the core's generic one. */
  describe(action: string, target: string | undefined, settings: string): string | undefined;
}

/**
 * A service typed by its own events and tasks, as the registry holds it. The registry hands a
 * service only events and tasks that carry its prefix, so the narrower types hold.
 */
export function defineService<E extends { type: string; at: number }, T extends { kind: string }>(
  plugin: ServicePlugin<E, T>,
): ServicePlugin {
  return plugin as unknown as ServicePlugin;
}

/** A description typed by its own events, as the registry holds it (see defineService). */
export function describeService<E extends { type: string; at: number }>(
  description: ServiceDescription<E>,
): ServiceDescription {
  return description as unknown as ServiceDescription;
}
