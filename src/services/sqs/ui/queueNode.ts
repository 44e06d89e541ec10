import type { ScenarioNode } from '../../../engine';

export function queueNameOf(node: ScenarioNode): string | undefined {
  const name = node.config.QueueName;
  return typeof name === 'string' ? name : undefined;
}

/**
 * [AWS CreateQueue] A FIFO queue has FifoQueue "true" and a name ending in ".fifo"; either
 * marks it here, so a half-edited node is still treated as what it is trying to be.
 */
export function isFifoQueue(node: ScenarioNode): boolean {
  const attributes = node.config.Attributes as Record<string, unknown> | undefined;
  return (
    queueNameOf(node)?.endsWith('.fifo') === true ||
    String(attributes?.FifoQueue ?? '').toLowerCase() === 'true'
  );
}
