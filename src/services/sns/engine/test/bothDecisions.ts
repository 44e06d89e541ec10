import { expect } from 'vitest';
import { checkMessage, matchMessage, type FilterDecision } from '../filterPolicy/matchMessage';
import type { FilterableMessage, FilterPolicy, FilterPolicyScope } from '../filterPolicy/types';

/**
 * matchMessage's decision, once the test has checked that checkMessage (delivery's fast path)
 * decides the same: every case of the tables then holds for both.
 */
export function bothDecisions(
  policy: FilterPolicy,
  scope: FilterPolicyScope,
  message: FilterableMessage,
): FilterDecision {
  const explained = matchMessage(policy, scope, message);
  const { delivered, outcome, metrics } = explained;
  expect(checkMessage(policy, scope, message)).toEqual({ delivered, outcome, metrics });
  return explained;
}
