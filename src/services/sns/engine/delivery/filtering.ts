import type { FilteredReason } from '../events';
import type { SnsSubscription, StoredNotification } from '../model';

/** What a subscription's filter policy decides for one notification. */
export type FilterVerdict = { deliver: true } | { deliver: false; reason: FilteredReason };

/**
 * THE place the delivery decision asks the filter-policy matcher (src/services/sns/engine/
 * filterPolicy/, built on its own branch). It runs once per notification and subscription, at
 * the first delivery attempt. The matcher needs `subscription.attributes.get('FilterPolicy')`
 * (JSON text, absent: deliver everything), `...get('FilterPolicyScope')` (absent:
 * MessageAttributes), `notification.attributes` (DataType/StringValue/BinaryValue) and, for
 * MessageBody scope, the message the protocol gets (messageFor in payload.ts). Its answer's
 * reason picks the CloudWatch count (no-attributes, invalid-attributes, or plain no-match).
 * Until it is wired, every notification goes through.
 */
export function filterVerdict(
  _subscription: SnsSubscription,
  _notification: StoredNotification,
): FilterVerdict {
  return { deliver: true };
}
