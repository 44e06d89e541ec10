import { AwsError } from '../../../../engine/core/errors';
import { compileBranches } from './compileBranches';
import { readJson } from './jsonReader';
import { checkKeysAndCombinations, checkSize } from './limits';
import { PolicyError, refuse } from './policyError';
import type { FilterPolicy, FilterPolicyScope } from './types';

/** The call that carries the policy: the two word AWS's refusal differently. */
export type FilterPolicyCall = 'Subscribe' | 'SetSubscriptionAttributes';

export type FilterPolicyValidation =
  | { readonly policy: FilterPolicy; readonly error?: undefined }
  | { readonly error: AwsError; readonly policy?: undefined };

/**
 * A FilterPolicy attribute checked as SNS checks it: size, JSON syntax, an object, at most five
 * keys and 150 combinations, then every rule in document order, then (MessageAttributes only)
 * no nested keys. A refusal is InvalidParameter with AWS's text:
 *   Subscribe:                 "Invalid parameter: Attributes Reason: FilterPolicy: <reason>"
 *   SetSubscriptionAttributes: "Invalid parameter: FilterPolicy: <reason>"
 * The nested-key refusal has no "FilterPolicy: " segment [V]. An empty text or {} is a policy
 * that filters nothing (AWS then shows no FilterPolicy attribute).
 * How many policies a topic may carry (FilterPolicyLimitExceeded) is the service's to count.
 */
export function validateFilterPolicy(
  json: string,
  scope: FilterPolicyScope,
  call: FilterPolicyCall = 'SetSubscriptionAttributes',
): FilterPolicyValidation {
  const prefix = prefixOf(call);
  try {
    checkSize(json);
    const read = readJson(json);
    if (!read.ok) return refuse(`failed to parse JSON. ${read.message}`);
    if (read.value === undefined) return { policy: { branches: [] } };
    if (!(read.value instanceof Map)) return refuse('Filter is not an object');
    if (read.value.size === 0) return { policy: { branches: [] } };
    checkKeysAndCombinations(read.value);
    const { branches, nested } = compileBranches(read.value);
    if (scope === 'MessageAttributes' && nested)
      return {
        error: invalidParameter(
          `${prefix}Filter policy scope MessageAttributes does not support nested filter policy`,
        ),
      };
    return { policy: { branches } };
  } catch (error) {
    if (error instanceof PolicyError)
      return { error: invalidParameter(`${prefix}FilterPolicy: ${error.reason}`) };
    throw error;
  }
}

/** The FilterPolicyScope attribute: only the two scopes [V]. */
export function validateFilterPolicyScope(
  value: string,
  call: FilterPolicyCall = 'SetSubscriptionAttributes',
): AwsError | undefined {
  if (value === 'MessageAttributes' || value === 'MessageBody') return undefined;
  return invalidParameter(
    `${prefixOf(call)}FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`,
  );
}

function prefixOf(call: FilterPolicyCall): string {
  return call === 'Subscribe' ? 'Invalid parameter: Attributes Reason: ' : 'Invalid parameter: ';
}

/** SNS's InvalidParameter, as the AWS SDK for JavaScript v3 names it. */
function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, { code: 'InvalidParameter' });
}
