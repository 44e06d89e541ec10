import type { FilteredReason } from '../events';
import type { SnsSubscription, StoredNotification, TopicMetrics } from '../model';

/** The CloudWatch counts a filtered-out notification adds one to. */
export type FilteredMetric = Extract<
  keyof TopicMetrics,
  `NumberOfNotificationsFilteredOut${string}`
>;

/** What a subscription's filter policy decides for one notification. */
export type FilterVerdict =
  | { deliver: true }
  | { deliver: false; reason: FilteredReason; metrics: readonly FilteredMetric[]; why?: string };

/**
 * THE place the delivery decision asks the filter-policy matcher (./../filterPolicy, built on its
 * own branch: matchMessage). It runs once per notification and subscription, at the first
 * delivery attempt, with the subscription's FilterPolicy (absent: deliver everything) and
 * FilterPolicyScope (absent: MessageAttributes) and the message as SNS holds it: its attributes
 * (DataType/StringValue/BinaryValue) and, for MessageBody scope, the message the protocol gets
 * (messageFor in payload.ts). The matcher's decision maps over as it is: outcome to reason
 * (filtered-out → no-match, no-message-attributes → no-attributes, invalid-attributes,
 * invalid-message-body), its metrics, its sentence as `why`. Until it is wired, every
 * notification goes through.
 */
export function filterVerdict(
  _subscription: SnsSubscription,
  _notification: StoredNotification,
): FilterVerdict {
  return { deliver: true };
}
