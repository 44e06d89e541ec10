import { AwsError } from '../../../engine/core/errors';
import { concatBytes } from '../../../sdk/http';

/**
 * [D] S3 API sigv4-streaming: a body sent with `Content-Encoding: aws-chunked` (the SDK's way to
 * upload a stream of unknown length with a trailing checksum) is framed as
 * `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n`… up to a chunk of size 0, then trailers.
 * Returns the object's bytes without the framing.
 */
export function decodeAwsChunked(body: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = crlfFrom(body, at);
    const size = Number.parseInt(
      String.fromCharCode(...body.subarray(at, lineEnd)).split(';')[0] ?? '',
      16,
    );
    if (!Number.isInteger(size) || size < 0 || lineEnd + 2 + size > body.length) throw incomplete();
    at = lineEnd + 2;
    if (size === 0) return concatBytes(chunks);
    chunks.push(body.subarray(at, at + size));
    at += size + 2;
  }
}

function crlfFrom(body: Uint8Array, from: number): number {
  for (let i = from; i + 1 < body.length; i++) if (body[i] === 13 && body[i + 1] === 10) return i;
  throw incomplete();
}

const incomplete = () =>
  new AwsError(
    'IncompleteBody',
    'You did not provide the number of bytes specified by the Content-Length HTTP header.',
  );
