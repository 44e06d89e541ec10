import type { NarrationStep, ScriptStep } from '../actors/script';

/**
 * A scenario is data (DESIGN.md "Scenarios are data"): JSON-safe, small enough for a URL
 * fragment, and the one format the canvas, the tests and share links agree on.
 */
/**
 * The node and edge types each service brings, by service name; a service adds its own by module
 * augmentation (see services/<name>/types.ts), as for the world's state.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceNodeTypes {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEdgeTypes {}
/** Numbers edges carry (a dead-letter edge's maxReceiveCount), added by services likewise. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEdgeMembers {}
/** Top-level scenario members services bring (KMS: keys), added likewise. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceScenarioMembers {}

export type NodeType = ServiceNodeTypes[keyof ServiceNodeTypes];
export type EdgeType = ServiceEdgeTypes[keyof ServiceEdgeTypes];

export interface ScenarioNode {
  /** Also the actor's ActorId, so events name nodes directly. */
  id: string;
  type: NodeType;
  position: { x: number; y: number };
  /** The resource's config, or the actor's (what it works with comes from its edge). */
  config: Record<string, unknown>;
}

export type ScenarioEdge = {
  id: string;
  source: string;
  target: string;
  /** One of the edge kinds the services bring (see their scenario kinds). */
  type: EdgeType;
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
