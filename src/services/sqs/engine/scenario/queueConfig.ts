import { isRecord } from '../../../../engine/actors/config';
import type { UncheckedNode } from '../../../../engine/scenario/kinds';
import type { ScenarioNodeOf } from '../../../../engine/scenario/types';
import { BEHAVIOR } from '../queueSettings';

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

/** [AWS CreateQueue] 1 to 80 letters, digits, '-' or '_'; a FIFO name ends in ".fifo". */
export function isQueueName(name: unknown): name is string {
  return typeof name === 'string' && /^[A-Za-z0-9_-]{1,80}$|^[A-Za-z0-9_-]{1,75}\.fifo$/.test(name);
}

/** A queue node's config: QueueName, AWS Attributes as strings, playground Behavior. */
export function checkQueueConfig({ id, config }: UncheckedNode, problems: string[]): void {
  const extra = Object.keys(config).find(
    (k) => !['QueueName', 'Attributes', 'Behavior'].includes(k),
  );
  if (extra !== undefined)
    problems.push(
      `node ${id}: unknown queue config "${extra}" (allowed: QueueName, Attributes, Behavior).`,
    );
  const name = config.QueueName;
  if (!isQueueName(name)) {
    problems.push(
      `node ${id}: QueueName must be 1 to 80 letters, digits, '-' or '_' (FIFO: ending in .fifo) (got ${JSON.stringify(name)}).`,
    );
  }
  const attributes = config.Attributes;
  if (
    attributes !== undefined &&
    (!isRecord(attributes) || Object.values(attributes).some((v) => typeof v !== 'string'))
  ) {
    problems.push(
      `node ${id}: Attributes must map AWS attribute names to strings, e.g. {"VisibilityTimeout": "30"}.`,
    );
  }
  if (isRecord(attributes) && attributes.RedrivePolicy !== undefined)
    problems.push(`node ${id}: set RedrivePolicy with a dead-letter edge, not in Attributes.`);
  const behavior = config.Behavior;
  if (behavior === undefined) return;
  if (!isRecord(behavior)) return void problems.push(`node ${id}: Behavior must be an object.`);
  for (const [key, value] of Object.entries(behavior)) {
    const range = BEHAVIOR.get(key);
    if (range === undefined) problems.push(`node ${id}: unknown Behavior "${key}".`);
    else if (typeof value !== 'number' || value < range.min || value > range.max)
      problems.push(
        `node ${id}: Behavior.${key} must be a number from ${range.min} to ${range.max}.`,
      );
  }
}

export function queueNameOf(node: ScenarioNodeOf<'sqs-queue'>): string | undefined {
  const name = node.config.QueueName;
  return typeof name === 'string' ? name : undefined;
}

/**
 * [AWS CreateQueue] A FIFO queue has FifoQueue "true" and a name ending in ".fifo"; either
 * marks it here, so a half-edited node is still treated as what it is trying to be.
 */
export function isFifoQueueNode(node: ScenarioNodeOf<'sqs-queue'>): boolean {
  return (
    queueNameOf(node)?.endsWith('.fifo') === true ||
    String(node.config.Attributes?.FifoQueue ?? '').toLowerCase() === 'true'
  );
}
