/**
 * SNS subscription filter policies, as a pure module: validate a FilterPolicy attribute the way
 * SNS does (AWS's exact refusals), then decide, message by message, whether a subscription gets
 * it, with the reason in words. The service keeps the validated policy beside the subscription.
 */
export {
  validateFilterPolicy,
  validateFilterPolicyScope,
  type FilterPolicyCall,
  type FilterPolicyValidation,
} from './validate';
export {
  checkMessage,
  matchMessage,
  type FilterCheck,
  type FilterDecision,
  type FilterMetric,
  type FilterOutcome,
} from './matchMessage';
export type { BranchCheck, KeyCheck } from './evaluateBranch';
export { MAX_COMBINATIONS, MAX_KEYS, MAX_POLICY_BYTES } from './limits';
export type {
  FilterableMessage,
  FilterPolicy,
  FilterPolicyScope,
  MessageAttributeValue,
} from './types';
