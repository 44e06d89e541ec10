import { isoTime } from '../../../engine/core/isoTime';
import type { S3Object } from './model';

/**
 * Times as S3's XML writes them, in ISO 8601 (the door answers with the wire's text, as the JSON
 * services answer with their epoch seconds). [D] S3 keeps LastModified and CreationDate to the
 * second: "2025-01-01T00:00:01.000Z" whatever the millisecond of the write.
 */
export function s3Time(ms: number): string {
  return isoTime(ms - (ms % 1000));
}

/** An ETag as S3 writes it: the MD5 in hex, in double quotes. */
export function eTag(object: S3Object): string {
  return `"${object.md5}"`;
}

/**
 * What HeadObject and GetObject answer about an object. [D] Since January 2023 every new object
 * is encrypted with SSE-S3 unless asked otherwise, and S3 says so.
 */
export function objectHeaders(object: S3Object) {
  return {
    AcceptRanges: 'bytes',
    LastModified: s3Time(object.lastModified),
    ContentLength: object.size,
    ETag: eTag(object),
    ContentType: object.contentType,
    ServerSideEncryption: 'AES256',
    Metadata: { ...object.metadata },
  };
}
