import { asInput, type Input } from '../../../../engine/core/input';
import type { ReplyTo, Sim } from '../../../../engine/sim';
import { authorizeKeyUse } from '../authorize';
import { kmsErrors } from '../errors';
import { keyFromInput } from '../keys';

/**
 * [D] PutKeyPolicy replaces a key's policy, if the current one lets the caller
 * (kms:PutKeyPolicy). The AWS managed key's policy allows no one: it cannot be changed. Unless
 * BypassPolicyLockoutSafetyCheck is true, a policy that would lock the caller out is refused.
 */
export function putKeyPolicy(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const key = keyFromInput(sim, input);
  const policy = readPolicy(input);
  authorizeKeyUse(sim, key, 'kms:PutKeyPolicy', replyTo);
  if (input.BypassPolicyLockoutSafetyCheck !== true) {
    try {
      authorizeKeyUse(sim, { ...key, policy }, 'kms:PutKeyPolicy', replyTo);
    } catch {
      throw kmsErrors.malformedPolicy(
        'The new key policy will not allow you to update the key policy in the future.',
      );
    }
  }
  key.policy = policy;
  return {};
}

export function readPolicy(input: Input): string {
  const policy = input.Policy;
  if (policy === undefined || policy === null) throw kmsErrors.validation('policy');
  if (typeof policy !== 'string' || !isJsonObject(policy))
    throw kmsErrors.malformedPolicy('The key policy is not a JSON object.');
  return policy;
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
