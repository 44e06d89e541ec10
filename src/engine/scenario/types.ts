import type { NarrationStep, ScriptStep } from '../actors/script';
import type { ScenarioKey } from './keys';

/**
 * A scenario is data (DESIGN.md "Scenarios are data"): JSON-safe, small enough for a URL
 * fragment, and the one format the canvas, the tests and share links agree on.
 */
export const NODE_TYPES = [
  'sqs-queue',
  'producer',
  'consumer',
  'lambda-sqs',
  'autoscaling-consumers',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = [
  'sends-to',
  'consumes-from',
  'dead-letter',
  'triggers',
  'replies-to',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface QueueNodeConfig {
  QueueName: string;
  /** CreateQueue attributes, AWS names, string values. RedrivePolicy comes from a dead-letter edge. */
  Attributes?: Record<string, string>;
  /** Playground SetQueueBehavior (standard queues). */
  Behavior?: {
    DuplicateProbability?: number;
    ReorderProbability?: number;
    ShortPollSkipProbability?: number;
  };
}

export interface ScenarioNode {
  /** Also the actor's ActorId, so events name nodes directly. */
  id: string;
  type: NodeType;
  position: { x: number; y: number };
  /** A queue's QueueNodeConfig, or the actor's config (its queue comes from its edge). */
  config: Record<string, unknown>;
}

export interface ScenarioEdge {
  id: string;
  source: string;
  target: string;
  /**
   * sends-to: producer → queue. consumes-from: queue → consumer, lambda-sqs or
   * autoscaling-consumers. triggers: queue → lambda-sqs (the event source mapping).
   * dead-letter: queue → its dead-letter queue, with maxReceiveCount. replies-to: consumer →
   * the queue its answers go to (request–response; the consumer replies to each request's
   * ReplyTo queue, and this edge draws that path).
   */
  type: EdgeType;
  maxReceiveCount?: number;
}

/**
 * A labelled frame around some nodes ("Top lane: 30 s timeout"), so narration can point at a
 * part of the canvas. Display only: the engine ignores lanes. The frame follows its nodes.
 */
export interface ScenarioLane {
  title: string;
  /** Node ids; a node belongs to at most one lane. */
  nodes: string[];
}

export interface Scenario {
  version: 1;
  name: string;
  description: string;
  seed: number;
  /** Lesson ids the scenario teaches, like "L10". */
  lessons: string[];
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
  /** Customer managed KMS keys, created before the queues. */
  keys?: ScenarioKey[];
  script?: ScriptStep[];
  narration?: NarrationStep[];
  lanes?: ScenarioLane[];
}

export type { NarrationStep, ScenarioKey, ScriptStep };

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/**
 * An actor with no edge to a queue (and no queue of its own in its config) has nothing to do:
 * the loader leaves it out of the world, and the rest still runs.
 */
export function isUnconnectedActor(scenario: Pick<Scenario, 'edges'>, node: ScenarioNode): boolean {
  if (node.type === 'sqs-queue') return false;
  const explicit = node.config.QueueUrl !== undefined || node.config.EventSourceArn !== undefined;
  return !explicit && queueEdgeOf(scenario, node) === undefined;
}

/** Which queue an actor node reads from or writes to, following its edge. */
export function queueEdgeOf(
  scenario: Pick<Scenario, 'edges'>,
  node: ScenarioNode,
): ScenarioEdge | undefined {
  return node.type === 'producer'
    ? scenario.edges.find((e) => e.type === 'sends-to' && e.source === node.id)
    : scenario.edges.find(
        (e) => (e.type === 'consumes-from' || e.type === 'triggers') && e.target === node.id,
      );
}
