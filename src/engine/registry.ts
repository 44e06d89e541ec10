import type { ActorKind } from './actors/behavior';
import type { ServicePlugin, TaskHandler } from './plugin';
import type { EdgeKind, NodeKind } from './scenario/kinds';
import type { ActionHandler } from './sim';

/** The door's own service: the playground's controls (actors and what services add to it). */
export const PLAYGROUND = 'playground';

/**
 * Names a service may not take: the core's part of the world's state, the actors' event prefix,
 * and anything but a plain lower-case word (a name becomes a key of the state and the gauges).
 */
const RESERVED = new Set(['scheduler', 'rng', 'ids', 'actors', 'actor']);
const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The services of one engine, assembled once: every lookup is by own entry (a Map), so a
 * caller's name such as "constructor" or "__proto__" never reaches a prototype.
 */
export class Registry {
  readonly plugins: readonly ServicePlugin[];
  private readonly actions = new Map<string, Map<string, ActionHandler>>();
  private readonly tasks = new Map<string, TaskHandler>();
  private readonly behaviors = new Map<string, ActorKind>();
  private readonly byPrefix = new Map<string, ServicePlugin>();
  private readonly kindOwners = new Map<string, string>();
  private readonly nodes = new Map<string, NodeKind>();
  private readonly edges = new Map<string, EdgeKind>();
  private readonly members = new Map<string, (value: unknown) => string[]>();

  constructor(plugins: readonly ServicePlugin[]) {
    this.plugins = plugins;
    const playground = new Map<string, ActionHandler>();
    this.actions.set(PLAYGROUND, playground);
    for (const plugin of plugins) {
      if (!NAME.test(plugin.name) || RESERVED.has(plugin.name) || this.byPrefix.has(plugin.name))
        throw new Error(`A service cannot be named "${plugin.name}": the name is taken.`);
      this.byPrefix.set(plugin.name, plugin);
      if (plugin.name !== PLAYGROUND) this.actions.set(plugin.name, entries(plugin.actions));
      addAll(playground, plugin.playgroundActions, 'playground action');
      addAll(this.tasks, plugin.tasks, 'task kind');
      addAll(this.behaviors, plugin.actorKinds, 'actor kind');
      addAll(this.kindOwners, ownKinds(plugin), 'actor kind');
      addAll(this.nodes, byType(plugin.scenario?.nodes), 'node type');
      addAll(this.edges, byType(plugin.scenario?.edges), 'edge type');
      addAll(this.members, plugin.scenario?.members, 'scenario member');
    }
  }

  handler(service: string, action: string): ActionHandler | undefined {
    return this.actions.get(service)?.get(action);
  }

  task(kind: string): TaskHandler | undefined {
    return this.tasks.get(kind);
  }

  /** The behaviour of an actor kind; a kind is checked (isActorKind) before an actor is made. */
  behavior(kind: string): ActorKind {
    const behavior = this.behaviors.get(kind);
    if (behavior === undefined) throw new Error(`No actor behaviour for kind "${kind}".`);
    return behavior;
  }

  isActorKind(kind: string): boolean {
    return this.behaviors.has(kind);
  }

  actorKinds(): string[] {
    return [...this.behaviors.keys()];
  }

  nodeKind(type: string): NodeKind | undefined {
    return this.nodes.get(type);
  }

  edgeKind(type: string): EdgeKind | undefined {
    return this.edges.get(type);
  }

  nodeTypes(): string[] {
    return [...this.nodes.keys()];
  }

  edgeTypes(): string[] {
    return [...this.edges.keys()];
  }

  /** Top-level scenario members services bring, with their checks. */
  scenarioMembers(): ReadonlyMap<string, (value: unknown) => string[]> {
    return this.members;
  }

  /** The service that brings an actor kind (its behaviour, or its node on the canvas). */
  kindOwner(kind: string): string | undefined {
    return this.kindOwners.get(kind);
  }

  /** The service whose events and tasks carry this prefix (`<service>/sent` → <service>). */
  owner(type: string): ServicePlugin | undefined {
    const slash = type.indexOf('/');
    return slash < 0 ? undefined : this.byPrefix.get(type.slice(0, slash));
  }
}

/** A service's actor kinds, by its behaviours and its actor nodes (a description has only these). */
function ownKinds(plugin: ServicePlugin): Record<string, string> {
  const nodes = (plugin.scenario?.nodes ?? []).filter((kind) => kind.role === 'actor');
  const kinds = [...Object.keys(plugin.actorKinds ?? {}), ...nodes.map((kind) => kind.type)];
  return Object.fromEntries(kinds.map((kind) => [kind, plugin.name]));
}

function byType<T extends { type: string }>(kinds: readonly T[] | undefined): Record<string, T> {
  return Object.fromEntries((kinds ?? []).map((kind) => [kind.type, kind]));
}

function entries<T>(record: Readonly<Record<string, T>> | undefined): Map<string, T> {
  return new Map(record === undefined ? [] : Object.entries(record));
}

function addAll<T>(
  into: Map<string, T>,
  record: Readonly<Record<string, T>> | undefined,
  what: string,
): void {
  for (const [name, value] of Object.entries(record ?? {})) {
    if (into.has(name)) throw new Error(`Two services bring the ${what} "${name}".`);
    into.set(name, value);
  }
}
