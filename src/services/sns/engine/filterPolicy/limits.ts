import { utf8Length } from '../../../../engine/core/utf8';
import type { JsonObject } from './jsonReader';
import { refuse } from './policyError';

/**
 * The size and complexity limits of a filter policy [D] subscription-filter-policy-constraints:
 * at most 256 KB, five keys, 150 combinations. Checked before the policy's rules, in this order.
 */
export const MAX_POLICY_BYTES = 256 * 1024;
export const MAX_KEYS = 5;
export const MAX_COMBINATIONS = 150;

/**
 * AWS's text for an oversized policy is not documented or captured anywhere we found; this is
 * the simulator's wording, in the style of its neighbours.
 */
export function checkSize(text: string): void {
  if (utf8Length(text) > MAX_POLICY_BYTES) refuse('Filter policy is too large');
}

/** [D] "For a nested policy, only parent keys are counted"; "$or" counts as one of them. */
export function checkKeysAndCombinations(policy: JsonObject): void {
  if (policy.size > MAX_KEYS) refuse('Filter policy can not have more than 5 keys');
  if (!(combinations(policy) <= MAX_COMBINATIONS)) refuse('Filter policy is too complex');
}

/**
 * The total combination of values: the product of every list's length, each weighted by how
 * deep its key is nested ([D] "three-level nested key" counts ×3), and "$or" adding up its
 * alternatives. Every figure AWS was seen to accept or refuse agrees: 150 accepted, 151, 152,
 * 160 and 216 refused (sqs-sns.md 3.3).
 */
export function combinations(object: JsonObject, depth = 1, carried = 1): number {
  let total = carried;
  for (const [key, value] of object) {
    if (value instanceof Map) total = combinations(value, depth + 1, total);
    else if (key === '$or' && Array.isArray(value)) {
      const base = total;
      total = 0;
      for (const branch of value)
        if (branch instanceof Map) total += combinations(branch, depth, base);
    } else if (Array.isArray(value)) total *= value.length * depth;
  }
  return total;
}
