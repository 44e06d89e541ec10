import type { ActorKind } from './actors/behavior';
import type { ActorEvent, EngineEvent, ServiceEvents } from './events';
import type { ServiceGauges } from './gauges';
import type { ScenarioKinds } from './scenario/kinds';
import type { ActionHandler, Sim } from './sim';
import type { ServiceStates, WorldState } from './state';
import type { ServiceTasks, Task } from './tasks';

/** Runs one kind of scheduled task. */
export type TaskHandler<T = Task> = (sim: Sim, task: T) => void;

/** A handler for each kind of a service's task union, typed by kind. */
export type TaskHandlers<T extends { kind: string }> = {
  readonly [K in T['kind']]: TaskHandler<Extract<T, { kind: K }>>;
};

/**
 * Service N's part of one of the world's registries (ServiceStates, ServiceEvents, ...), as its
 * module augmentation declares it; none (never) when it declares none. For N = string (any
 * service, as the registry holds them), `Every` instead.
 */
type Own<R, N extends string, Every> = string extends N
  ? Every
  : N extends keyof R
    ? NonNullable<R[N]>
    : never;

/** Service N's events: its own, or any engine event for a service the registry holds. */
export type EventsOf<N extends string> = Own<ServiceEvents, N, EngineEvent>;

/** Service N's task handlers by task kind; any handler by kind for a service the registry holds. */
type TasksOf<N extends string> = string extends N
  ? Readonly<Record<string, TaskHandler>>
  : TaskHandlers<Extract<Own<ServiceTasks, N, never>, { kind: string }>>;

/**
 * What a service tells about itself without running, by its name N (see describeService); a
 * bare ServiceDescription is any service's, as the registry and the page hold them.
 */
export type ServiceDescription<N extends string = string> = Description<N, EventsOf<N>>;

/**
 * What a service brings to the engine, by its name N (see defineService); a bare ServicePlugin is
 * any service's, as the registry holds them.
 */
export type ServicePlugin<N extends string = string> = Plugin<
  N,
  EventsOf<N>,
  TasksOf<N>,
  Own<ServiceStates, N, unknown>,
  Own<ServiceGauges, N, Readonly<Record<string, object>>>
>;

/**
 * What a service tells about itself without running: its events (E) in words, its script steps in
 * words, and what it brings to scenarios. The UI reads these (the event log, scenario checks),
 * so a description imports nothing that runs a world: the page's bundle stays small.
 */
interface Description<N extends string, E> {
  /** The name callers use (`engine.call(name, Action)`) and the prefix of its events and tasks. */
  readonly name: N;
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
 * What a service brings to the engine: its description and what runs, with its tasks' handlers
 * (T), state (S) and gauges (G). The core never names a service: the list of plug-ins is handed in
 * where the engine is assembled (src/engine/world.ts), and each service's types join the world's
 * through module augmentation of ServiceStates, ServiceEvents, ServiceTasks and ServiceGauges
 * (see services/<name>/types.ts): a plug-in typed by its name is checked against its own.
 */
interface Plugin<N extends string, E, T, S, G> extends Description<N, E> {
  /** Its AWS actions by their AWS names. */
  readonly actions?: Readonly<Record<string, ActionHandler>>;
  /** Controls it adds to the playground's own door (PeekMessages, ...). */
  readonly playgroundActions?: Readonly<Record<string, ActionHandler>>;
  /** Its part of the world, kept at `state[name]` (plain data: a snapshot clones it). */
  createState?(): S;
  /** Handlers of its scheduled tasks, by task kind (`name/...`). */
  readonly tasks?: T;
  /** CloudWatch-style numbers by resource name, now. */
  gauges?(sim: Sim): G;
  /** Its state as a snapshot keeps it: waits of callers outside the world are theirs, not data. */
  withoutExternalWaiters?(state: WorldState): WorldState;
  /** A caller inside the world is gone (crashed, redeployed, deleted): withdraw what it waits on. */
  forgetCaller?(sim: Sim, caller: string): void;
  /** The simulated programs it brings (producers, consumers, pollers), by kind (defineActorKind). */
  readonly actorKinds?: Readonly<Record<string, ActorKind>>;
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
 * A service typed by its name: its state, tasks, gauges and events are those its module
 * augmentation declares, as the registry holds it. The registry hands a service only events and
 * tasks that carry its prefix and keeps its state under its name, so the narrower types hold.
 */
export function defineService<N extends string>(plugin: ServicePlugin<N>): ServicePlugin {
  return plugin as unknown as ServicePlugin;
}

/**
 * A description typed by its name, so its sentences are checked against its own events; any
 * service's description (ServiceDescription) takes it as it is.
 */
export function describeService<N extends string>(
  description: ServiceDescription<N>,
): ServiceDescription<N> {
  return description;
}
