import { base64Decode, base64Encode, utf8Bytes } from '../../../engine/core/utf8';
import { s3Errors } from './errors';

/**
 * Where a ListObjectsV2 page stopped, as an opaque token: after a key, or after a common prefix
 * (every key under it was rolled up). S3's tokens are opaque too; this one is the position in
 * base64, so a token from one listing resumes any listing of the bucket, as S3's do.
 */
export interface ListPosition {
  after: string;
  /** The position is a common prefix: keys that start with it were listed as it. */
  prefix: boolean;
}

export function encodeToken(position: ListPosition): string {
  return base64Encode(utf8Bytes(`${position.prefix ? 'P' : 'K'}${position.after}`));
}

/** [D] A token S3 did not make: InvalidArgument, "The continuation token provided is incorrect". */
export function decodeToken(token: string): ListPosition {
  const text = decodeUtf8(base64Decode(token));
  const marker = text?.charAt(0);
  if (text === undefined || (marker !== 'P' && marker !== 'K'))
    throw s3Errors.invalidArgument('The continuation token provided is incorrect');
  return { after: text.slice(1), prefix: marker === 'P' };
}

/** UTF-8 bytes as text, or undefined for bytes that are not UTF-8 (decodeURIComponent checks). */
function decodeUtf8(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  let escaped = '';
  for (const byte of bytes) escaped += `%${byte.toString(16).padStart(2, '0')}`;
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}
