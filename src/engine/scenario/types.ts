import type { NarrationStep, ScriptStep } from '../actors/script';

/**
 * A scenario is data (DESIGN.md "Scenarios are data"): JSON-safe, small enough for a URL
 * fragment, and the one format the canvas, the tests and share links agree on.
 */
/**
 * Each node type's config as a scenario holds it, by node type; a service adds its node types by
 * module augmentation (see services/<name>/engine/types.ts), as for the world's state. The edge
 * types each service brings, by service name, likewise.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NodeConfigs {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEdgeTypes {}
/** Numbers edges carry (a dead-letter edge's maxReceiveCount), added by services likewise. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEdgeMembers {}
/** Top-level scenario members services bring (KMS: keys), added likewise. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceScenarioMembers {}

export type NodeType = keyof NodeConfigs;
export type EdgeType = ServiceEdgeTypes[keyof ServiceEdgeTypes];

/**
 * A node's config as a scenario holds it: the config `C` its kind reads, every member optional,
 * nested ones too. The kind fills in defaults, an edge what an actor works with, and validation
 * says what is missing; the canvas edits a node member by member.
 */
export type NodeConfig<C> = { [K in keyof C]?: NodeValue<C[K]> };
/** A member's value: lists and maps (Attributes by name) as they are, records member by member. */
type NodeValue<V> = V extends readonly unknown[]
  ? V
  : V extends object
    ? string extends keyof V
      ? V
      : NodeConfig<V>
    : V;

/**
 * A node of each type, its config as its type declares it. Members a type does not declare read
 * as unknown: code that handles any node reads them so, and validation refuses them.
 */
type NodesByType = {
  [T in NodeType]: {
    /** Also the actor's ActorId, so events name nodes directly. */
    id: string;
    type: T;
    position: { x: number; y: number };
    /** The resource's config, or the actor's (what it works with comes from its edge). */
    config: NodeConfigs[T] & { [member: string]: unknown };
  };
};

/** A node of one type. */
export type ScenarioNodeOf<T extends NodeType> = NodesByType[T];

/** A node of any type, told apart by `type`. */
export type ScenarioNode = NodesByType[NodeType];

export type ScenarioEdge = {
  id: string;
  source: string;
  target: string;
  /** One of the edge kinds the services bring (see their scenario kinds). */
  type: EdgeType;
  /** The settings of an edge whose kind has some (a subscription's attributes). */
  config?: Record<string, unknown>;
} & ServiceEdgeMembers;

/**
 * A labelled frame around some nodes ("Top lane: 30 s timeout"), so narration can point at a
 * part of the canvas. Display only: the engine ignores lanes. The frame follows its nodes.
 */
export interface ScenarioLane {
  title: string;
  /** Node ids; a node belongs to at most one lane. */
  nodes: string[];
}

export type Scenario = ServiceScenarioMembers & {
  version: 1;
  name: string;
  description: string;
  seed: number;
  /** Lesson ids the scenario teaches, like "L10". */
  lessons: string[];
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
  script?: ScriptStep[];
  narration?: NarrationStep[];
  lanes?: ScenarioLane[];
};

export type { NarrationStep, ScriptStep };

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };
