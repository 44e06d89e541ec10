import type { ReplyTo, Sim } from '../../../../engine/sim';
import { authorizeKeyUse } from '../authorize';
import { keyFromInput } from '../keys';

/**
 * [D] GenerateDataKey, as SQS calls it for a send to an encrypted queue. Only the permission is
 * modelled: the playground keeps bodies in the clear, so the key material is a placeholder.
 */
export function generateDataKey(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const key = keyFromInput(sim, raw);
  authorizeKeyUse(sim, key, 'kms:GenerateDataKey', replyTo);
  return { KeyId: key.arn, CiphertextBlob: new Uint8Array(32), Plaintext: new Uint8Array(32) };
}
