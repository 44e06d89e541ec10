import { readAttributes, type AttributeReading } from './attributeValues';
import { readBody } from './bodyValues';
import { branchMatches, evaluateBranch, type BranchCheck, type Values } from './evaluateBranch';
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
  if (policy.branches.length === 0) return NO_POLICY;
  const values = scope === 'MessageBody' ? bodyValues(message) : attributeValues(message);
  if ('outcome' in values) return values;
  const branches = policy.branches.map((branch) => evaluateBranch(branch, values));
  const delivered = branches.some((branch) => branch.matched);
  return {
    delivered,
    outcome: delivered ? 'matched' : 'filtered-out',
    metrics: delivered ? [] : mismatchMetrics(scope),
    branches,
    sentence: delivered ? deliveredSentence(branches) : filteredSentence(branches),
  };
}

/** matchMessage's decision without its explanation: what delivery needs for every copy. */
export type FilterCheck = Pick<FilterDecision, 'delivered' | 'outcome' | 'metrics'>;

/**
 * The decision alone, as matchMessage would make it (same outcome and metrics), at a fraction of
 * its cost: ask matchMessage for the words only when someone will read them.
 */
export function checkMessage(
  policy: FilterPolicy,
  scope: FilterPolicyScope,
  message: FilterableMessage,
): FilterCheck {
  if (policy.branches.length === 0) return checkOf(NO_POLICY);
  const values = scope === 'MessageBody' ? bodyValues(message) : attributeValues(message);
  if ('outcome' in values) return checkOf(values);
  const delivered = policy.branches.some((branch) => branchMatches(branch, values));
  return delivered
    ? { delivered, outcome: 'matched', metrics: [] }
    : { delivered, outcome: 'filtered-out', metrics: mismatchMetrics(scope) };
}

const NO_POLICY: FilterDecision = {
  delivered: true,
  outcome: 'no-policy',
  metrics: [],
  branches: [],
  sentence: 'Delivered: the subscription has no filter policy, so it receives every message.',
};

function checkOf({ delivered, outcome, metrics }: FilterDecision): FilterCheck {
  return { delivered, outcome, metrics };
}

function mismatchMetrics(scope: FilterPolicyScope): FilterMetric[] {
  return ['NumberOfNotificationsFilteredOut', `NumberOfNotificationsFilteredOut-${scope}`];
}

/**
 * Attributes as read, for the messages being delivered now: a message is checked against every
 * subscription of its topic, and its stored attributes never change, so they are read once.
 * Reading is pure, so the memo changes no outcome (a snapshot's copies are read afresh). Bounded
 * and emptied when full: deliveries of a message come close together, and a WeakMap of every
 * message would cost the garbage collector more than it saves.
 */
const READ = new Map<object, AttributeReading>();
const READ_MAX = 256;

function readOnce(attributes: FilterableMessage['MessageAttributes']): AttributeReading {
  if (attributes === undefined) return readAttributes(undefined);
  let read = READ.get(attributes);
  if (read === undefined) {
    if (READ.size >= READ_MAX) READ.clear();
    read = readAttributes(attributes);
    READ.set(attributes, read);
  }
  return read;
}

function attributeValues(message: FilterableMessage): Values | FilterDecision {
  const read = readOnce(ownAttributes(message));
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
