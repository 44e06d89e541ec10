import { AwsError } from '../../../engine/core/errors';
import type { WireRequest } from '../../../sdk/http';
import { parseXmlBody } from '../../../sdk/xml';
import { s3Errors } from '../engine/errors';
import { decodeAwsChunked } from './awsChunked';
import { readNotificationConfiguration } from './notificationXml';

/** Where a request points: the bucket (virtual host or first path segment) and the key. */
export function bucketAndKey(request: WireRequest): { bucket: string; key: string } {
  const path = request.path.replace(/^\//, '');
  // bucket.s3.us-east-1.amazonaws.com (virtual-hosted style) or s3.../bucket/key (path style).
  const virtualHost = /^(.+)\.s3[.-]/.exec(request.hostname)?.[1];
  const [bucket = '', ...key] = virtualHost === undefined ? path.split('/') : [virtualHost, path];
  return { bucket: decode(bucket), key: decode(key.join('/')) };
}

/**
 * [D] S3 API reference: the operation a REST request names by its method, whether it has a key,
 * and its subresource (`?notification`, `?delete`, `?list-type=2`). Anything else is an
 * operation the playground's S3 does not run.
 */
export function route(request: WireRequest): { action: string; input: Record<string, unknown> } {
  const { bucket, key } = bucketAndKey(request);
  const { method, query } = request;
  const flags = Object.keys(query).filter((name) => name !== 'x-id');
  const on = { Bucket: bucket };
  if (bucket === '' && method === 'GET') return { action: 'ListBuckets', input: {} };
  if (key !== '' && flags.length === 0) {
    const onKey = { Bucket: bucket, Key: key };
    if (method === 'PUT' && request.headers['x-amz-copy-source'] === undefined)
      return { action: 'PutObject', input: { ...onKey, ...objectWrite(request) } };
    if (method === 'GET') return { action: 'GetObject', input: onKey };
    if (method === 'HEAD') return { action: 'HeadObject', input: onKey };
    if (method === 'DELETE') return { action: 'DeleteObject', input: onKey };
  }
  if (key === '' && bucket !== '') {
    if (method === 'PUT' && flags.length === 0) return { action: 'CreateBucket', input: on };
    if (method === 'DELETE' && flags.length === 0) return { action: 'DeleteBucket', input: on };
    if (method === 'GET' && query['list-type'] === '2')
      return { action: 'ListObjectsV2', input: { ...on, ...listParameters(query) } };
    if (method === 'POST' && flags.length === 1 && flags[0] === 'delete')
      return { action: 'DeleteObjects', input: { ...on, Delete: deleteRequest(request) } };
    if (flags.length === 1 && flags[0] === 'notification') {
      if (method === 'GET') return { action: 'GetBucketNotificationConfiguration', input: on };
      if (method === 'PUT')
        return { action: 'PutBucketNotificationConfiguration', input: notifications(request, on) };
    }
  }
  throw new AwsError(
    'NotImplemented',
    'A header you provided implies functionality that is not implemented.',
    { status: 501 },
  );
}

/** PutObject's members: the body's bytes, its Content-Type and x-amz-meta-* user metadata. */
function objectWrite(request: WireRequest): Record<string, unknown> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = value;
  const contentType = request.headers['content-type'];
  const chunked = request.headers['content-encoding']?.includes('aws-chunked') === true;
  return {
    Body: chunked ? decodeAwsChunked(request.body) : request.body,
    ...(contentType === undefined ? {} : { ContentType: contentType }),
    Metadata: metadata,
  };
}

const LIST_PARAMETERS: Record<string, string> = {
  prefix: 'Prefix',
  delimiter: 'Delimiter',
  'max-keys': 'MaxKeys',
  'continuation-token': 'ContinuationToken',
  'start-after': 'StartAfter',
};

function listParameters(query: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(LIST_PARAMETERS))
    if (query[name] !== undefined) input[member] = query[name];
  if (query['fetch-owner'] !== undefined) input.FetchOwner = query['fetch-owner'] === 'true';
  return input;
}

/** `<Delete><Object><Key>…</Key></Object>…<Quiet>true</Quiet></Delete>`. */
function deleteRequest(request: WireRequest): Record<string, unknown> {
  const parsed = parseXmlBody(request.body);
  if (parsed?.root !== 'Delete' || typeof parsed.value !== 'object' || parsed.value === null)
    throw s3Errors.malformedXml();
  const { Object: objects, Quiet: quiet } = parsed.value as Record<string, unknown>;
  return {
    Objects: (Array.isArray(objects) ? objects : [objects]).filter((o) => o !== undefined),
    ...(quiet === undefined ? {} : { Quiet: quiet === 'true' }),
  };
}

function notifications(request: WireRequest, on: { Bucket: string }): Record<string, unknown> {
  const parsed = parseXmlBody(request.body);
  if (parsed?.root !== 'NotificationConfiguration') throw s3Errors.malformedXml();
  const skip = request.headers['x-amz-skip-destination-validation'] === 'true';
  return {
    ...on,
    NotificationConfiguration: readNotificationConfiguration(parsed.value),
    ...(skip ? { SkipDestinationValidation: true } : {}),
  };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new AwsError('InvalidURI', "Couldn't parse the specified URI.");
  }
}
