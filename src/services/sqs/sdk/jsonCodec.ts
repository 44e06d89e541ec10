import { AwsError } from '../../../engine/core/errors';
import { base64Encode } from '../../../engine/core/utf8';
import { fromUtf8, REQUEST_ID, utf8, type SdkCodec, type SdkHttpResponse } from '../../../sdk/http';

/**
 * Amazon SQS on the wire (AWS JSON 1.0): `x-amz-target: AmazonSQS.<Action>` names the action and
 * the body is its input; errors carry the query code in `x-amzn-query-error`, as SQS sends it
 * for clients that still know the query protocol's codes.
 */
export const sqsCodec: SdkCodec = {
  service: 'sqs',
  signingName: 'sqs',
  decode(request) {
    const target = request.headers['x-amz-target'] ?? '';
    const [prefix, action = ''] = target.split('.');
    if (prefix !== 'AmazonSQS')
      throw new AwsError('UnknownOperationException', `Unknown target ${target}`);
    const text = fromUtf8(request.body);
    try {
      return { action, input: JSON.parse(text || '{}') as unknown };
    } catch {
      throw new AwsError('SerializationException', 'The request body is not JSON.');
    }
  },
  encode: (_action, output) => json(200, output),
  encodeError: (error) =>
    json(
      error.status,
      { __type: `com.amazonaws.sqs#${error.name}`, message: error.message },
      { 'x-amzn-query-error': `${error.code};${error.fault}` },
    ),
};

/** JSON with Uint8Array members (BinaryValue) as base64, as the AWS JSON protocol sends blobs. */
function json(
  statusCode: number,
  payload: unknown,
  extraHeaders: Record<string, string> = {},
): SdkHttpResponse {
  const text = JSON.stringify(payload, (_key, value: unknown) =>
    value instanceof Uint8Array ? base64Encode(value) : value,
  );
  return {
    statusCode,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': REQUEST_ID,
      ...extraHeaders,
    },
    body: utf8(text),
  };
}
