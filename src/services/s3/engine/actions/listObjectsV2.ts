import {
  asInput,
  optionalBoolean,
  optionalInteger,
  optionalString,
} from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { decodeToken, encodeToken, type ListPosition } from '../continuation';
import { s3Errors } from '../errors';
import { compareKeys, sortedKeys } from '../objects';
import { canonicalUserId } from '../owner';
import { eTag, s3Time } from '../shape';

/** [D] MaxKeys: "By default the action returns up to 1,000 key names", and never more. */
const MAX_KEYS = 1000;

/**
 * [D] ListObjectsV2: keys in ascending order, under Prefix, after StartAfter or where
 * ContinuationToken left off. With a Delimiter, keys that hold it after the prefix roll up into
 * one CommonPrefixes entry each; keys and common prefixes together count against MaxKeys (and
 * KeyCount). A truncated page gives the token of the next.
 */
export function listObjectsV2(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const bucket = bucketFromInput(sim.state.s3, input);
  const prefix = optionalString(input, 'Prefix') ?? '';
  const delimiter = optionalString(input, 'Delimiter') ?? '';
  const startAfter = optionalString(input, 'StartAfter');
  const token = optionalString(input, 'ContinuationToken');
  const fetchOwner = optionalBoolean(input, 'FetchOwner') ?? false;
  const maxKeys = optionalInteger(input, 'MaxKeys') ?? MAX_KEYS;
  if (maxKeys < 0 || maxKeys > 2_147_483_647)
    throw s3Errors.invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647');
  // A token wins over StartAfter: it was made after it.
  const from: ListPosition | undefined =
    token !== undefined
      ? decodeToken(token)
      : startAfter !== undefined
        ? { after: startAfter, prefix: false }
        : undefined;
  const limit = Math.min(maxKeys, MAX_KEYS);
  const contents: string[] = [];
  const commonPrefixes: string[] = [];
  let last: ListPosition | undefined;
  let truncated = false;
  for (const key of sortedKeys(bucket.objects)) {
    if (!key.startsWith(prefix) || !after(key, from)) continue;
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const rolledUp = cut < 0 ? undefined : key.slice(0, cut + delimiter.length);
    if (rolledUp !== undefined && last?.prefix === true && last.after === rolledUp) continue;
    if (contents.length + commonPrefixes.length === limit) {
      truncated = limit > 0;
      break;
    }
    if (rolledUp === undefined) contents.push(key);
    else commonPrefixes.push(rolledUp);
    last = { after: rolledUp ?? key, prefix: rolledUp !== undefined };
  }
  const owner = { ID: canonicalUserId(sim.state.s3.accountId) };
  return {
    IsTruncated: truncated,
    ...(contents.length === 0
      ? {}
      : {
          Contents: contents.map((key) => {
            const object = bucket.objects.get(key)!;
            return {
              Key: key,
              LastModified: s3Time(object.lastModified),
              ETag: eTag(object),
              Size: object.size,
              StorageClass: 'STANDARD',
              ...(fetchOwner ? { Owner: owner } : {}),
            };
          }),
        }),
    Name: bucket.name,
    Prefix: prefix,
    ...(delimiter === '' ? {} : { Delimiter: delimiter }),
    MaxKeys: maxKeys,
    ...(commonPrefixes.length === 0
      ? {}
      : { CommonPrefixes: commonPrefixes.map((p) => ({ Prefix: p })) }),
    KeyCount: contents.length + commonPrefixes.length,
    ...(token === undefined ? {} : { ContinuationToken: token }),
    ...(truncated && last !== undefined ? { NextContinuationToken: encodeToken(last) } : {}),
    ...(startAfter === undefined ? {} : { StartAfter: startAfter }),
  };
}

/** Whether a key comes after a listing position (past a common prefix: past all its keys). */
function after(key: string, from: ListPosition | undefined): boolean {
  if (from === undefined) return true;
  if (from.prefix && key.startsWith(from.after)) return false;
  return compareKeys(key, from.after) > 0;
}
