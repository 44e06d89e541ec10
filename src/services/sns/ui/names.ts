import type { ScenarioNode } from '../../../engine';
import { topicNameOf as nameOfTopicNode } from '../engine/scenario/topicConfig';

/** The playground's one account and region: a topic's ARN follows from its name. */
export function topicArnOf(topicName: string): string {
  return `arn:aws:sns:us-east-1:123456789012:${topicName}`;
}

/** A topic node's TopicName (events name topics by it). */
export function topicNameOf(node: ScenarioNode | undefined): string | undefined {
  return node?.type === 'sns-topic' ? nameOfTopicNode(node) : undefined;
}
