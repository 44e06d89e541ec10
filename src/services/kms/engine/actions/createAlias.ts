import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { kmsErrors } from '../errors';
import { keyFromInput } from '../keys';

const ALIAS = /^alias\/[a-zA-Z0-9/_-]{1,250}$/;

/** [D] CreateAlias: "alias/" + a name; the alias/aws/ prefix is reserved for AWS managed keys. */
export function createAlias(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const name = input.AliasName;
  if (typeof name !== 'string' || name === '') throw kmsErrors.validation('aliasName');
  if (!ALIAS.test(name))
    throw kmsErrors.invalidAliasName(`Alias must start with the prefix "alias/".`);
  if (name.startsWith('alias/aws/'))
    throw kmsErrors.invalidAliasName('Alias must not begin with "alias/aws/".');
  const key = keyFromInput(sim, input, 'TargetKeyId');
  const aliases = sim.state.kms.aliases;
  if (aliases.has(name))
    throw kmsErrors.alreadyExists(
      `arn:aws:kms:${sim.state.kms.region}:${sim.state.kms.accountId}:${name}`,
    );
  aliases.set(name, key.keyId);
  return {};
}
