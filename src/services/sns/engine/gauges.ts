import type { SnsTopic, TopicMetrics } from './model';

/**
 * What CloudWatch shows for a topic (AWS/SNS metrics, per TopicName), as totals since the topic
 * was made. The FilteredOut-NoMessageAttributes and -InvalidAttributes counts are parts of
 * NumberOfNotificationsFilteredOut.
 */
export type TopicGauges = TopicMetrics;

export function topicGauges(topic: SnsTopic): TopicGauges {
  return { ...topic.metrics };
}
