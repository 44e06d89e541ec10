import type { NodeType, ScenarioNode } from '../../engine';

/** How the canvas names each node type to people (labels, ARIA, refusal messages). */
export const KIND_LABEL: Record<NodeType, string> = {
  producer: 'producer',
  'sqs-queue': 'SQS queue',
  consumer: 'consumer',
  'lambda-sqs': 'Lambda function',
  'autoscaling-consumers': 'autoscaling consumer group',
};

/** Node types that read from one queue (through a consumes-from or triggers edge). */
export const READER_TYPES: readonly NodeType[] = [
  'consumer',
  'lambda-sqs',
  'autoscaling-consumers',
];

export function isReader(type: NodeType): boolean {
  return READER_TYPES.includes(type);
}

export function queueNameOf(node: ScenarioNode): string | undefined {
  const name = node.config.QueueName;
  return typeof name === 'string' ? name : undefined;
}

/** What a person calls the node: a queue by its QueueName, an actor by its id. */
export function displayName(node: ScenarioNode): string {
  return queueNameOf(node) ?? node.id;
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

export function kindLabel(node: ScenarioNode): string {
  if (node.type === 'sqs-queue') return isFifoQueue(node) ? 'SQS FIFO queue' : 'SQS standard queue';
  return KIND_LABEL[node.type];
}
