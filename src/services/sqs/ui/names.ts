import type { ScenarioNode } from '../../../engine';
import { queueNameOf as nameOfQueueNode } from '../engine/scenario/queueConfig';

/**
 * The playground's one account and region: every URL and ARN the engine hands out uses them,
 * so the page can name a queue's URL and ARN from its QueueName alone.
 */
export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';

export function queueUrlOf(queueName: string): string {
  return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${queueName}`;
}

export function queueArnOf(queueName: string): string {
  return `arn:aws:sqs:${REGION}:${ACCOUNT}:${queueName}`;
}

/** A queue node's QueueName (the panels name queues by it). */
export function queueNameOf(node: ScenarioNode): string | undefined {
  return node.type === 'sqs-queue' ? nameOfQueueNode(node) : undefined;
}

export function isFifoName(queueName: string): boolean {
  return queueName.endsWith('.fifo');
}
