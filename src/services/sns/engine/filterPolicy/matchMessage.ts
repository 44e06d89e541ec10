import { readAttributes } from './attributeValues';
import { readBody } from './bodyValues';
import { evaluateBranch, type BranchCheck, type Values } from './evaluateBranch';
import type { FilterableMessage, FilterPolicy, FilterPolicyScope } from './types';

/**
 * What SNS decides for one subscription and one message, and why.
 * - no-policy / matched: delivered.
 * - filtered-out: the policy does not match.
 * - no-message-attributes: a MessageAttributes policy never matches a message with no attributes
 *   at all, not even {"exists": false} ([D] attribute-key-matching).
 * - invalid-attributes: an attribute SNS cannot read (a String.Array that is not a JSON array, a
 *   Number like ".5") drops the message whether or not the policy names it (native captures).
 * - invalid-message-body: a MessageBody policy and a body that is not a JSON object [V].
 */
export type FilterOutcome =
  | 'no-policy'
  | 'matched'
  | 'filtered-out'
  | 'no-message-attributes'
  | 'invalid-attributes'
  | 'invalid-message-body';

/**
 * The CloudWatch metrics (namespace AWS/SNS, per topic) a filtered-out message adds one to. An
 * ordinary mismatch counts in NumberOfNotificationsFilteredOut and in the scope's own metric; a
 * message without attributes, with an invalid attribute or with an invalid body counts only in
 * its reason's metric (native captures of the metrics, 2026).
 */
export type FilterMetric =
  | 'NumberOfNotificationsFilteredOut'
  | 'NumberOfNotificationsFilteredOut-MessageAttributes'
  | 'NumberOfNotificationsFilteredOut-MessageBody'
  | 'NumberOfNotificationsFilteredOut-NoMessageAttributes'
  | 'NumberOfNotificationsFilteredOut-InvalidAttributes'
  | 'NumberOfNotificationsFilteredOut-InvalidMessageBody';

export interface FilterDecision {
  readonly delivered: boolean;
  readonly outcome: FilterOutcome;
  readonly metrics: readonly FilterMetric[];
  /** One per alternative of the policy ("$or"); empty when decided before any key was looked at. */
  readonly branches: readonly BranchCheck[];
  /** The decision in one plain sentence. */
  readonly sentence: string;
}

export function matchMessage(
  policy: FilterPolicy,
  scope: FilterPolicyScope,
  message: FilterableMessage,
): FilterDecision {
  if (policy.branches.length === 0)
    return decided(
      'no-policy',
      [],
      'Delivered: the subscription has no filter policy, so it receives every message.',
    );
  const values = scope === 'MessageBody' ? bodyValues(message) : attributeValues(message);
  if ('outcome' in values) return values;
  const branches = policy.branches.map((branch) => evaluateBranch(branch, values));
  const metrics: FilterMetric[] = [
    'NumberOfNotificationsFilteredOut',
    `NumberOfNotificationsFilteredOut-${scope}`,
  ];
  const delivered = branches.some((branch) => branch.matched);
  return {
    delivered,
    outcome: delivered ? 'matched' : 'filtered-out',
    metrics: delivered ? [] : metrics,
    branches,
    sentence: delivered ? deliveredSentence(branches) : filteredSentence(branches),
  };
}

function attributeValues(message: FilterableMessage): Values | FilterDecision {
  const read = readAttributes(ownAttributes(message));
  if (read.kind === 'none')
    return decided(
      'no-message-attributes',
      ['NumberOfNotificationsFilteredOut-NoMessageAttributes'],
      'Filtered out: the message has no message attributes, and a filter policy on message attributes never matches a message without any.',
    );
  if (read.kind === 'invalid')
    return decided(
      'invalid-attributes',
      ['NumberOfNotificationsFilteredOut-InvalidAttributes'],
      `Filtered out: SNS cannot read the message attribute ${JSON.stringify(read.name)}: ${read.reason}. One invalid attribute drops the message, even one the policy does not name.`,
    );
  return { leaves: read.leaves, ignored: read.ignored, missing: 'the message has no attribute' };
}

function bodyValues(message: FilterableMessage): Values | FilterDecision {
  const body = Object.hasOwn(message, 'Message') ? message.Message : undefined;
  const read = readBody(typeof body === 'string' ? body : '');
  if (read.kind === 'invalid')
    return decided(
      'invalid-message-body',
      ['NumberOfNotificationsFilteredOut-InvalidMessageBody'],
      `Filtered out: this subscription filters on the message body, and ${read.reason}; only a JSON object can match.`,
    );
  return { leaves: read.leaves, ignored: new Set(), missing: 'the message body has no value at' };
}

function ownAttributes(message: FilterableMessage): FilterableMessage['MessageAttributes'] {
  const attributes = Object.hasOwn(message, 'MessageAttributes')
    ? message.MessageAttributes
    : undefined;
  return typeof attributes === 'object' && attributes !== null ? attributes : undefined;
}

function decided(
  outcome: FilterOutcome,
  metrics: FilterMetric[],
  sentence: string,
): FilterDecision {
  return { delivered: outcome === 'no-policy', outcome, metrics, branches: [], sentence };
}

function deliveredSentence(branches: readonly BranchCheck[]): string {
  const index = branches.findIndex((branch) => branch.matched);
  const which =
    branches.length > 1 ? ` (alternative ${index + 1} of ${branches.length} of "$or")` : '';
  const reasons = branches[index]?.checks.map((check) => check.reason) ?? [];
  return `Delivered: the filter policy matches${which}: ${reasons.join('; ')}.`;
}

function filteredSentence(branches: readonly BranchCheck[]): string {
  const why = branches.map((branch) => {
    const failures = branch.checks.filter((check) => !check.matched).map((check) => check.reason);
    return failures.length > 0 ? failures.join('; ') : (branch.note ?? '');
  });
  if (branches.length === 1) return `Filtered out: ${why[0] ?? ''}.`;
  const listed = why.map((reason, i) => `(${i + 1}) ${reason}`).join('; ');
  return `Filtered out: none of the ${branches.length} alternatives of "$or" matches: ${listed}.`;
}
