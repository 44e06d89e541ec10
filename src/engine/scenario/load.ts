import type { Engine } from '../engine';
import {
  isUnconnectedActor,
  queueEdgeOf,
  type QueueNodeConfig,
  type Scenario,
  type ScenarioNode,
} from './types';

export interface LoadedScenario {
  /** QueueUrl by queue node id. */
  queueUrls: Record<string, string>;
  /** QueueArn by queue node id. */
  queueArns: Record<string, string>;
  /** ActorId of the script player, when the scenario has a script or narration. */
  scriptActorId?: string;
}

/** The actor that plays a scenario's script and narration (kind "script"). */
export const SCRIPT_ACTOR_ID = 'scenario-script';

/**
 * Builds a validated scenario's world through the door, as a user would: KMS keys, queues (dead-letter
 * queues first, so each source's RedrivePolicy can name its target's ARN), their playground
 * behaviour, then the actors wired by the edges (unconnected ones stay out), then the script. The engine's seed is the
 * caller's (createEngine({ seed: scenario.seed })).
 */
export async function loadScenario(engine: Engine, scenario: Scenario): Promise<LoadedScenario> {
  const queueUrls: Record<string, string> = {};
  const queueArns: Record<string, string> = {};
  for (const key of scenario.keys ?? []) {
    const input = key.Policy === undefined ? {} : { Policy: key.Policy };
    const { KeyMetadata } = await engine.call<{ KeyMetadata: { KeyId: string } }>(
      'kms',
      'CreateKey',
      {
        ...input,
        Description: key.Description ?? '',
      },
    );
    await engine.call('kms', 'CreateAlias', {
      AliasName: key.AliasName,
      TargetKeyId: KeyMetadata.KeyId,
    });
  }
  for (const node of queuesInRedriveOrder(scenario)) {
    const config = node.config as unknown as QueueNodeConfig;
    const dlqEdge = scenario.edges.find((e) => e.type === 'dead-letter' && e.source === node.id);
    const attributes: Record<string, string> = { ...(config.Attributes ?? {}) };
    if (dlqEdge !== undefined) {
      // [D] RedrivePolicy: {"deadLetterTargetArn": ..., "maxReceiveCount": ...} as a JSON string.
      attributes.RedrivePolicy = JSON.stringify({
        deadLetterTargetArn: queueArns[dlqEdge.target],
        maxReceiveCount: dlqEdge.maxReceiveCount ?? 10,
      });
    }
    const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
      QueueName: config.QueueName,
      Attributes: attributes,
    });
    const { Attributes } = await engine.call<{ Attributes: { QueueArn: string } }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl, AttributeNames: ['QueueArn'] },
    );
    queueUrls[node.id] = QueueUrl;
    queueArns[node.id] = Attributes.QueueArn;
    if (config.Behavior !== undefined)
      await engine.call('playground', 'SetQueueBehavior', { QueueUrl, ...config.Behavior });
  }
  for (const node of scenario.nodes) {
    // An actor with no queue has nothing to do; the canvas says so on the node.
    if (node.type === 'sqs-queue' || isUnconnectedActor(scenario, node)) continue;
    const edge = queueEdgeOf(scenario, node);
    const queueId = node.type === 'producer' ? edge?.target : edge?.source;
    const wiring =
      queueId === undefined
        ? {}
        : node.type === 'lambda-sqs'
          ? { EventSourceArn: queueArns[queueId] }
          : { QueueUrl: queueUrls[queueId] };
    await engine.call('playground', 'CreateActor', {
      ActorId: node.id,
      Kind: node.type,
      Config: { ...node.config, ...wiring },
    });
  }
  if ((scenario.script ?? []).length === 0 && (scenario.narration ?? []).length === 0)
    return { queueUrls, queueArns };
  await engine.call('playground', 'CreateActor', {
    ActorId: SCRIPT_ACTOR_ID,
    Kind: 'script',
    Config: { Steps: scenario.script ?? [], Narration: scenario.narration ?? [] },
  });
  return { queueUrls, queueArns, scriptActorId: SCRIPT_ACTOR_ID };
}

/** Every queue after its dead-letter queue (validation rules out loops). */
function queuesInRedriveOrder(scenario: Scenario): ScenarioNode[] {
  const queues = scenario.nodes.filter((n) => n.type === 'sqs-queue');
  const dlqOf = new Map(
    scenario.edges.filter((e) => e.type === 'dead-letter').map((e) => [e.source, e.target]),
  );
  const ordered: ScenarioNode[] = [];
  const placed = new Set<string>();
  const place = (node: ScenarioNode, depth: number) => {
    if (placed.has(node.id) || depth > queues.length) return;
    const target = queues.find((q) => q.id === dlqOf.get(node.id));
    if (target !== undefined) place(target, depth + 1);
    placed.add(node.id);
    ordered.push(node);
  };
  for (const queue of queues) place(queue, 0);
  return ordered;
}
