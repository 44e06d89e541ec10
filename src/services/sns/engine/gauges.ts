import type { SnsTopic, TopicMetrics } from './model';

/**
 * What CloudWatch shows for a topic (AWS/SNS metrics, per TopicName), as totals since the topic
 * was made. Which filtered-out counts a notification adds to is the filter-policy matcher's call.
 */
export type TopicGauges = TopicMetrics;

export function topicGauges(topic: SnsTopic): TopicGauges {
  return { ...topic.metrics };
}
