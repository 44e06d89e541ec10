import type { EngineEvent, QueueNodeConfig, Scenario, ScenarioNode } from '../engine';

/**
 * From what the engine names (queue names, actor ids) to the scenario's nodes: the panels use it,
 * and the worker, whose history search filters events by node as the event log does.
 */

export function queueNameOf(node: ScenarioNode): string | undefined {
  if (node.type !== 'sqs-queue') return undefined;
  const name = (node.config as unknown as QueueNodeConfig).QueueName;
  return typeof name === 'string' ? name : undefined;
}

export function isFifoName(queueName: string): boolean {
  return queueName.endsWith('.fifo');
}

/** Queue node id by QueueName. */
export function queueNodeIds(scenario: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of scenario.nodes) {
    const name = queueNameOf(node);
    if (name !== undefined) out.set(name, node.id);
  }
  return out;
}

/**
 * The node an actor id belongs to: itself, or the auto scaling group that launched it (members
 * are named `<group>-<n>`).
 */
export function actorNodeId(scenario: Scenario, actorId: string): string | undefined {
  if (scenario.nodes.some((n) => n.id === actorId)) return actorId;
  const group = scenario.nodes.find(
    (n) => n.type === 'autoscaling-consumers' && new RegExp(`^${escape(n.id)}-\\d+$`).test(actorId),
  );
  return group?.id;
}

/** Every node an event names: its queue(s) and the actor that acted or decided. */
export function nodeIdsOfEvent(
  scenario: Scenario,
  queues: Map<string, string>,
  event: EngineEvent,
): string[] {
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  };
  const e = event as unknown as Record<string, unknown>;
  for (const key of ['queue', 'deadLetterQueue', 'destination']) {
    const name = e[key];
    if (typeof name === 'string') add(queues.get(name));
  }
  for (const key of ['by', 'actor']) {
    const actor = e[key];
    if (typeof actor === 'string' && actor !== 'api') add(actorNodeId(scenario, actor));
  }
  return ids;
}

/** The message an event is about, if any. */
export function messageIdOf(event: EngineEvent): string | undefined {
  const id = (event as unknown as Record<string, unknown>).messageId;
  return typeof id === 'string' ? id : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
