import { uuidFromCount } from '../../../engine/core/ids';
import { asInput, type Input } from '../../../engine/core/input';
import type { Sim } from '../../../engine/sim';
import { kmsErrors } from './errors';
import type { KmsKey, KmsState } from './model';
import { awsManagedSqsKeyPolicy } from './policies';

export const AWS_MANAGED_SQS_ALIAS = 'alias/aws/sqs';

export function keyArn(state: KmsState, keyId: string): string {
  return `arn:aws:kms:${state.region}:${state.accountId}:key/${keyId}`;
}

export function newKey(
  sim: Sim,
  fields: Pick<KmsKey, 'description' | 'keyManager' | 'policy'>,
): KmsKey {
  const state = sim.state.kms;
  const keyId = uuidFromCount(sim.count('kms-key'), 0x6b6d73);
  const key: KmsKey = { keyId, arn: keyArn(state, keyId), createdAt: sim.now, ...fields };
  state.keys.set(keyId, key);
  return key;
}

/** The KeyId member: a key id, key ARN, alias name or alias ARN. */
export function keyFromInput(sim: Sim, raw: unknown, member = 'KeyId'): KmsKey {
  const input: Input = asInput(raw);
  const value = input[member];
  if (typeof value !== 'string' || value === '')
    throw kmsErrors.validation(member.charAt(0).toLowerCase() + member.slice(1));
  return resolveKey(sim, value);
}

/**
 * [D] The AWS managed key for SQS exists from the first time it is used: asking for
 * alias/aws/sqs creates it.
 */
export function resolveKey(sim: Sim, ref: string): KmsKey {
  const state = sim.state.kms;
  const prefix = `arn:aws:kms:${state.region}:${state.accountId}:`;
  const local = ref.startsWith(prefix) ? ref.slice(prefix.length) : ref;
  if (local.startsWith('alias/')) {
    let keyId = state.aliases.get(local);
    if (keyId === undefined && local === AWS_MANAGED_SQS_ALIAS) {
      keyId = newKey(sim, {
        description: 'Default key that protects my SQS messages when no other key is defined',
        keyManager: 'AWS',
        policy: awsManagedSqsKeyPolicy(state.accountId, state.region),
      }).keyId;
      state.aliases.set(local, keyId);
    }
    const key = keyId === undefined ? undefined : state.keys.get(keyId);
    if (key === undefined) throw kmsErrors.notFound(`Alias ${prefix}${local} is not found.`);
    return key;
  }
  const key = state.keys.get(local.startsWith('key/') ? local.slice(4) : local);
  if (key === undefined)
    throw kmsErrors.notFound(
      `Key '${prefix}${local.startsWith('key/') ? local : `key/${local}`}' does not exist`,
    );
  return key;
}
