import { fnv1a, mix32 } from '../../../engine/core/rng';

/**
 * The ids S3 shows for an account and a caller, made from their names so that every run shows the
 * same: a canonical user id (64 hex digits, the Owner of buckets and objects), and a principal id
 * as event records carry it ("AWS:AIDA…" for an IAM user, "AWS:AROA…:session" for a role).
 */
export function canonicalUserId(accountId: string): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += hex8(mix32(fnv1a(accountId) + i * 0x9e3779b9));
  return out;
}

/** [D] S3 event records: userIdentity.principalId, the IAM identity that made the request. */
export function principalId(caller: string): string {
  return caller === 'api'
    ? `AWS:AIDA${base32(fnv1a(caller), 17)}`
    : `AWS:AROA${base32(fnv1a(caller), 17)}:${caller}`;
}

/** An owner's principal id in event records (ownerIdentity), a short account-derived id. */
export function ownerPrincipalId(accountId: string): string {
  return `A${base32(fnv1a(accountId), 13)}`;
}

function hex8(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(seed: number, length: number): string {
  let out = '';
  let word = seed;
  for (let i = 0; i < length; i++) {
    word = mix32(word + i);
    out += BASE32.charAt(word & 31);
  }
  return out;
}
