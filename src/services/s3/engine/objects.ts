import { optionalString, optionalStringMap, requiredString } from '../../../engine/core/input';
import type { Input } from '../../../engine/core/input';
import { md5OfBytes, md5OfText } from '../../../engine/core/md5';
import { utf8Length } from '../../../engine/core/utf8';
import { s3Errors } from './errors';
import type { S3Object } from './model';

/** [D] S3 UG object-keys: a key is 1–1,024 bytes of UTF-8. */
const MAX_KEY_BYTES = 1024;
/** A UTF-16 half without its other half: no UTF-8 spelling, so no S3 key. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The `Key` member of a call on one object. */
export function keyFromInput(input: Input): string {
  const key = requiredString(input, 'Key');
  if (utf8Length(key) > MAX_KEY_BYTES) throw s3Errors.keyTooLong();
  if (LONE_SURROGATE.test(key))
    throw s3Errors.invalidArgument('The key is not valid Unicode text.');
  return key;
}

/** [D] PutObject: Content-Type defaults to binary/octet-stream. */
const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

/** The object PutObject describes: its Body (none: an empty object), type and user metadata. */
export function objectFromInput(input: Input, key: string, now: number): S3Object {
  const body = input.Body ?? '';
  if (typeof body !== 'string' && !(body instanceof Uint8Array))
    throw s3Errors.invalidArgument('Body must be a string (UTF-8 text) or a Uint8Array (bytes).');
  const metadata: Record<string, string> = {};
  // [D] S3 stores user metadata names (x-amz-meta-*) in lowercase.
  for (const [name, value] of Object.entries(optionalStringMap(input, 'Metadata') ?? {}))
    metadata[name.toLowerCase()] = value;
  return {
    key,
    body: typeof body === 'string' ? body : body.slice(),
    size: typeof body === 'string' ? utf8Length(body) : body.length,
    md5: typeof body === 'string' ? md5OfText(body) : md5OfBytes(body),
    contentType: optionalString(input, 'ContentType') ?? DEFAULT_CONTENT_TYPE,
    metadata,
    lastModified: now,
  };
}

/**
 * [D] ListObjectsV2: objects "are returned sorted in an ascending order of the respective key
 * names", byte by byte of their UTF-8, which is code point order.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Below U+D800 and from U+E000 UTF-16 order is code point order; a surrogate (a code point
    // above U+FFFF) sorts after every other unit.
    const surrogateX = x >= 0xd800 && x <= 0xdfff;
    const surrogateY = y >= 0xd800 && y <= 0xdfff;
    if (surrogateX !== surrogateY) return surrogateX ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** A bucket's keys in listing order. */
export function sortedKeys(objects: ReadonlyMap<string, S3Object>): string[] {
  return [...objects.keys()].sort(compareKeys);
}
