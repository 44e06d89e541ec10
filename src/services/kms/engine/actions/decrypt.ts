import type { ReplyTo, Sim } from '../../../../engine/sim';
import { authorizeKeyUse } from '../authorize';
import { keyFromInput } from '../keys';

/**
 * [D] Decrypt, as SQS calls it for a receive from an encrypted queue. Simplification: the key is
 * named by KeyId (ciphertext is not modelled), which AWS accepts for symmetric keys too.
 */
export function decrypt(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const key = keyFromInput(sim, raw);
  authorizeKeyUse(sim, key, 'kms:Decrypt', replyTo);
  return {
    KeyId: key.arn,
    Plaintext: new Uint8Array(32),
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  };
}
