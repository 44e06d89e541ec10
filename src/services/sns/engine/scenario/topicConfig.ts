import { isRecord } from '../../../../engine/actors/config';
import type { UncheckedNode } from '../../../../engine/scenario/kinds';
import type { ScenarioNodeOf } from '../../../../engine/scenario/types';
import { TOPIC_ATTRIBUTES } from './topicSettings';

export interface TopicNodeConfig {
  TopicName: string;
  /** CreateTopic attributes, AWS names, string values ("true"). */
  Attributes?: Record<string, string>;
}

/** [D] CreateTopic: 1 to 256 letters, digits, '-' or '_'; a FIFO name ends in ".fifo". */
export function isTopicName(name: unknown): name is string {
  return (
    typeof name === 'string' && /^[A-Za-z0-9_-]{1,256}$|^[A-Za-z0-9_-]{1,251}\.fifo$/.test(name)
  );
}

/** A topic node's config: TopicName and AWS Attributes as strings. */
export function checkTopicConfig({ id, config }: UncheckedNode, problems: string[]): void {
  const extra = Object.keys(config).find((k) => k !== 'TopicName' && k !== 'Attributes');
  if (extra !== undefined)
    problems.push(`node ${id}: unknown topic config "${extra}" (allowed: TopicName, Attributes).`);
  const name = config.TopicName;
  if (!isTopicName(name))
    problems.push(
      `node ${id}: TopicName must be 1 to 256 letters, digits, '-' or '_' (FIFO: ending in .fifo) (got ${JSON.stringify(name)}).`,
    );
  const attributes = config.Attributes;
  if (attributes === undefined) return;
  if (!isRecord(attributes) || Object.values(attributes).some((v) => typeof v !== 'string'))
    return void problems.push(
      `node ${id}: Attributes must map AWS attribute names to strings, e.g. {"DisplayName": "Orders"}.`,
    );
  for (const key of Object.keys(attributes))
    if (!TOPIC_ATTRIBUTES.has(key))
      problems.push(
        `node ${id}: unknown topic attribute "${key}" (allowed: ${[...TOPIC_ATTRIBUTES].join(', ')}).`,
      );
  // [D] CreateTopic: a FIFO topic needs both the .fifo name and FifoTopic "true".
  const fifoFlag = attributes.FifoTopic;
  if (
    fifoFlag !== undefined &&
    isTopicName(name) &&
    (fifoFlag === 'true') !== name.endsWith('.fifo')
  )
    problems.push(
      `node ${id}: FifoTopic "${String(fifoFlag)}" does not fit the name ${name}: a FIFO topic's name ends in .fifo, a standard topic's does not.`,
    );
}

export function topicNameOf(node: ScenarioNodeOf<'sns-topic'>): string | undefined {
  const name = node.config.TopicName;
  return typeof name === 'string' ? name : undefined;
}

/** A FIFO topic: its name ends in ".fifo" (FifoTopic follows the name). */
export function isFifoTopicNode(node: ScenarioNodeOf<'sns-topic'>): boolean {
  return topicNameOf(node)?.endsWith('.fifo') === true;
}
