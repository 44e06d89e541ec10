import type { EngineEvent, QueueNodeConfig, ScenarioNode } from '../engine';

/** What the panels read off a node or an event (the nodes an event is about are the engine's). */
export function queueNameOf(node: ScenarioNode): string | undefined {
  if (node.type !== 'sqs-queue') return undefined;
  const name = (node.config as unknown as QueueNodeConfig).QueueName;
  return typeof name === 'string' ? name : undefined;
}

export function isFifoName(queueName: string): boolean {
  return queueName.endsWith('.fifo');
}

/** The message an event is about, if any. */
export function messageIdOf(event: EngineEvent): string | undefined {
  return 'messageId' in event ? event.messageId : undefined;
}
