import type { FilteredReason } from '../events';
import {
  checkMessage,
  matchMessage,
  validateFilterPolicy,
  type FilterOutcome,
  type FilterPolicy,
} from '../filterPolicy';
import type { SnsSubscription, StoredNotification, TopicMetrics } from '../model';
import { messageFor } from './payload';

/** The CloudWatch counts a filtered-out notification adds one to. */
export type FilteredMetric = Extract<
  keyof TopicMetrics,
  `NumberOfNotificationsFilteredOut${string}`
>;

/** What a subscription's filter policy decides for one notification. */
export type FilterVerdict =
  | { deliver: true }
  | { deliver: false; reason: FilteredReason; metrics: readonly FilteredMetric[]; why?: string };

const REASONS: Partial<Record<FilterOutcome, FilteredReason>> = {
  'filtered-out': 'no-match',
  'no-message-attributes': 'no-attributes',
  'invalid-attributes': 'invalid-attributes',
  'invalid-message-body': 'invalid-message-body',
};

/**
 * The delivery decision, asked once per notification and subscription at the first delivery
 * attempt: the subscription's FilterPolicy (absent: deliver everything) under its
 * FilterPolicyScope (absent: MessageAttributes), against the message as SNS holds it: its
 * attributes and, for MessageBody scope, the message the protocol gets. The matcher's outcome,
 * metrics and (for a copy filtered out) sentence carry over as they are.
 */
export function filterVerdict(
  subscription: SnsSubscription,
  notification: StoredNotification,
): FilterVerdict {
  const text = subscription.attributes.get('FilterPolicy');
  const policy = text === undefined ? undefined : compiled(text);
  if (policy === undefined) return { deliver: true };
  const scope =
    subscription.attributes.get('FilterPolicyScope') === 'MessageBody'
      ? 'MessageBody'
      : 'MessageAttributes';
  const message = {
    Message: messageFor(notification, subscription.protocol),
    MessageAttributes: notification.attributes,
  };
  const check = checkMessage(policy, scope, message);
  const reason = REASONS[check.outcome];
  if (check.delivered || reason === undefined) return { deliver: true };
  // The log says why: the words are worth their cost only for the copies that stop here.
  const why = matchMessage(policy, scope, message).sentence;
  return { deliver: false, reason, metrics: check.metrics, why };
}

/**
 * Compiled policies by their text. The world keeps only the text (plain data, cloned by
 * snapshots); compiling is pure, so this memo changes no outcome. The text was validated when it
 * was set; MessageBody is the scope that accepts every valid policy (nested keys included).
 */
const COMPILED = new Map<string, FilterPolicy | undefined>();
const COMPILED_MAX = 256;

function compiled(text: string): FilterPolicy | undefined {
  if (COMPILED.has(text)) return COMPILED.get(text);
  if (COMPILED.size >= COMPILED_MAX) COMPILED.clear();
  const policy = validateFilterPolicy(text, 'MessageBody').policy;
  COMPILED.set(text, policy);
  return policy;
}
