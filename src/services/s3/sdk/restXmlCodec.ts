import { REQUEST_ID, utf8, type SdkCodec, type SdkHttpResponse } from '../../../sdk/http';
import { element, textElement, XML_DECLARATION } from '../../../sdk/xml';
import { writeNotificationConfiguration } from './notificationXml';
import { bucketAndKey, route } from './route';

const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/**
 * Amazon S3 on the wire (REST-XML): the operation from the method, path and subresource; object
 * data in the body and headers; listings and configurations as XML; errors as
 * `<Error><Code>NoSuchKey</Code><Message>…` (a HEAD answer has no body: the status says it).
 */
export const s3Codec: SdkCodec = {
  service: 's3',
  signingName: 's3',
  decode: route,
  encode(action, raw) {
    const output = raw as Record<string, unknown>;
    switch (action) {
      case 'CreateBucket':
        return respond(200, { location: String(output.Location) });
      case 'PutObject':
        return respond(200, {
          etag: String(output.ETag),
          'x-amz-server-side-encryption': String(output.ServerSideEncryption),
        });
      case 'GetObject':
      case 'HeadObject':
        return objectResponse(output, action === 'GetObject');
      case 'DeleteObject':
      case 'DeleteBucket':
        return respond(204, {});
      case 'ListObjectsV2':
        return xmlResponse('ListBucketResult', members(output));
      case 'ListBuckets':
        return xmlResponse('ListAllMyBucketsResult', members(output));
      case 'DeleteObjects':
        return xmlResponse('DeleteResult', members(output));
      case 'GetBucketNotificationConfiguration':
        return xmlResponse('NotificationConfiguration', writeNotificationConfiguration(output));
      default:
        return respond(200, {});
    }
  },
  encodeError(error, request) {
    if (request.method === 'HEAD') return respond(error.status, {});
    const { bucket, key } = bucketAndKey(request);
    const about =
      error.name === 'NoSuchKey'
        ? textElement('Key', key)
        : error.name === 'NoSuchBucket'
          ? textElement('BucketName', bucket)
          : '';
    const body = element(
      'Error',
      textElement('Code', error.name),
      textElement('Message', error.message),
      about,
      textElement('RequestId', REQUEST_ID),
    );
    return respond(
      error.status,
      { 'content-type': 'application/xml' },
      utf8(XML_DECLARATION + body),
    );
  },
};

/** The object's headers (x-amz-meta-* for its metadata) and, for GetObject, its bytes. */
function objectResponse(output: Record<string, unknown>, withBody: boolean): SdkHttpResponse {
  const headers: Record<string, string> = {
    'accept-ranges': String(output.AcceptRanges),
    'last-modified': new Date(String(output.LastModified)).toUTCString(),
    'content-length': String(output.ContentLength),
    etag: String(output.ETag),
    'content-type': String(output.ContentType),
    'x-amz-server-side-encryption': String(output.ServerSideEncryption),
  };
  for (const [name, value] of Object.entries(output.Metadata as Record<string, string>))
    headers[`x-amz-meta-${name}`] = value;
  if (!withBody) return respond(200, headers);
  const bytes = typeof output.Body === 'string' ? utf8(output.Body) : (output.Body as Uint8Array);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return respond(200, headers, stream);
}

/** Lists S3 wraps in an element of their own, and the name of each item; other lists repeat. */
const WRAPPED: Record<string, string> = { Buckets: 'Bucket' };

/** Members as REST-XML writes them: a list flattened (its items repeat the member's name). */
function members(output: Record<string, unknown>): string {
  return Object.entries(output)
    .map(([name, value]) => member(name, value))
    .join('');
}

function member(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const item = WRAPPED[name];
    const items = value.map((v) => member(item ?? name, v));
    return item === undefined ? items.join('') : element(name, ...items);
  }
  if (typeof value === 'object') return element(name, members(value as Record<string, unknown>));
  return textElement(name, String(value));
}

function xmlResponse(root: string, content: string): SdkHttpResponse {
  return respond(
    200,
    { 'content-type': 'application/xml' },
    utf8(`${XML_DECLARATION}<${root} xmlns="${XMLNS}">${content}</${root}>`),
  );
}

function respond(
  statusCode: number,
  headers: Record<string, string>,
  body: SdkHttpResponse['body'] = new Uint8Array(),
): SdkHttpResponse {
  return { statusCode, headers: { 'x-amz-request-id': REQUEST_ID, ...headers }, body };
}
