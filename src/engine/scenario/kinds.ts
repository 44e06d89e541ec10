import type { Engine } from '../engine';
import type { SettingSchema } from './settings';
import type { NodeType, Scenario, ScenarioEdge, ScenarioNode, ScenarioNodeOf } from './types';

/** What the loader made for each resource node, by node id (its URL, its ARN, ...) */
export type Made = Map<string, Readonly<Record<string, string>>>;

/**
 * A kind of node a service brings to the canvas and the scenario format, typed by its node type
 * T: it is handed only nodes of that type. A bare NodeKind is any type's, as the registry holds it.
 */
export interface NodeKind<T extends NodeType = NodeType> {
  readonly type: T;
  /** How people call it ("Lambda function"). */
  label(node: ScenarioNodeOf<T>): string;
  /** What people call the node (a resource by its name); its id when absent. */
  name?(node: ScenarioNodeOf<T>): string | undefined;
  /** A resource is made by its service's loader; an actor is a CreateActor of kind `type`. */
  readonly role: 'resource' | 'actor';
  /** Problems with a resource node's config, not yet known to be valid: any member may hold anything. */
  checkConfig?(node: UncheckedNode, problems: string[]): void;
  /** An actor's config check, the one its kind runs (throws an AwsError naming the problem). */
  configure?(config: unknown): unknown;
  /** An actor's edge to what it works with, if it has one. */
  connection?(scenario: Pick<Scenario, 'edges'>, node: ScenarioNodeOf<T>): ScenarioEdge | undefined;
  /**
   * The config members an actor's connection gives it (the URL or ARN of what it works with), from what was
   * made; with `made` undefined, placeholders of the same shape, so the config can be checked.
   */
  wiring?(
    node: ScenarioNodeOf<T>,
    edge: ScenarioEdge | undefined,
    scenario: Pick<Scenario, 'nodes'>,
    made: Made | undefined,
  ): Record<string, unknown>;
  /** Config members that name the actor's resource directly, so it needs no edge. */
  readonly explicit?: readonly string[];
  /** Whether an actor id is one the node launched (a group's instances): their events are its. */
  launched?(node: ScenarioNodeOf<T>, actorId: string): boolean;
  /** Its settings, in the order the inspector shows them; its checks read the same entries. */
  readonly settings?: readonly SettingSchema[];
}

/** A node as validation first sees it: its id, and a config of unknown members. */
export interface UncheckedNode {
  readonly id: string;
  readonly config: Readonly<Record<string, unknown>>;
}

/**
 * A kind of edge: which node types it joins, the whole numbers it carries and, for an edge that
 * is a resource of its own (a subscription), its settings in a `config` as nodes have.
 */
export interface EdgeKind {
  readonly type: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Its settings, in the order the inspector shows them; the edge's `config` holds them. */
  readonly settings?: readonly SettingSchema[];
  /** Problems with its `config` (its id and config, not yet known to be valid). */
  checkConfig?(edge: UncheckedNode, problems: string[]): void;
  /** Members the edge must carry, with their range (a dead-letter edge's maxReceiveCount). */
  readonly counts?: readonly {
    readonly name: string;
    readonly min: number;
    readonly max: number;
  }[];
}

/** Whether two nodes may be joined, and by which edge; a refusal says why in a sentence. */
export type ConnectionVerdict =
  | {
      ok: true;
      edge: Omit<ScenarioEdge, 'id'>;
      /** Config members a node takes on with the edge (a FIFO producer's message groups). */
      patch?: { nodeId: string; config: Record<string, unknown> };
    }
  | { ok: false; reason: string };

/** What a service brings to scenarios: its node and edge kinds, checks and loader. */
export interface ScenarioKinds {
  readonly nodes?: readonly NodeKind[];
  readonly edges?: readonly EdgeKind[];
  /** Its own top-level members of a scenario, each with its check (KMS: keys). */
  readonly members?: Readonly<Record<string, (value: unknown) => string[]>>;
  /** Rules across nodes and edges (unique names, at most one of an edge, no loops). */
  check?(scenario: Pick<Scenario, 'nodes' | 'edges'>, problems: string[]): void;
  /** The edge between two nodes, when they are its kinds; undefined when they are not. */
  connection?(
    scenario: Pick<Scenario, 'nodes' | 'edges'>,
    source: ScenarioNode,
    target: ScenarioNode,
  ): ConnectionVerdict | undefined;
  /** What it tells the loader's caller of what it made (SQS: queueUrls, queueArns by node id). */
  loaded?(made: Made): Record<string, unknown>;
  /** Makes its resources through the door, in the order it needs, and records what it made. */
  load?(engine: Engine, scenario: Scenario, made: Made): Promise<void>;
}

/**
 * An actor with no connection (and nothing in its config naming its resource) has nothing to
 * do: the loader leaves it out of the world, and the rest still runs.
 */
export function isUnconnected(
  kind: NodeKind | undefined,
  scenario: Pick<Scenario, 'edges'>,
  node: ScenarioNode,
): boolean {
  if (kind?.role !== 'actor') return false;
  const explicit = (kind.explicit ?? []).some((member) => node.config[member] !== undefined);
  return !explicit && kind.connection?.(scenario, node) === undefined;
}
