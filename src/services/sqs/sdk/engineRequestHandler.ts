import type { Engine } from '../../../engine';

/**
 * Lets the real AWS SDK for JavaScript v3 talk to the engine: pass this as a client's
 * `requestHandler`. It maps an AWS JSON 1.0 request (`x-amz-target: AmazonSQS.<Action>`) onto
 * `engine.call` and the outcome back onto the HTTP response SQS would send, error headers included.
 */
interface HttpRequestLike {
  headers: Record<string, string>;
  body?: unknown;
}

interface HttpResponseLike {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const TARGET_PREFIX: Record<string, string> = { AmazonSQS: 'sqs' };

export function engineRequestHandler(engine: Engine) {
  return {
    async handle(request: HttpRequestLike): Promise<{ response: HttpResponseLike }> {
      const target = header(request.headers, 'x-amz-target') ?? '';
      const [prefix = '', action = ''] = target.split('.');
      const service = TARGET_PREFIX[prefix];
      if (service === undefined)
        return {
          response: json(400, {
            __type: 'UnknownOperationException',
            message: `Unknown target ${target}`,
          }),
        };
      const input: unknown = JSON.parse(bodyText(request.body) || '{}');
      try {
        const output = await engine.call(service, action, input);
        return { response: json(200, output, {}) };
      } catch (error) {
        const e = error as Error & { code?: string; status?: number };
        return {
          response: json(
            e.status ?? 400,
            { __type: `com.amazonaws.sqs#${e.name}`, message: e.message },
            {
              'x-amzn-query-error': `${e.code ?? e.name};Sender`,
            },
          ),
        };
      }
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return '';
}

/** JSON with Uint8Array members (BinaryValue) as base64, as the AWS JSON protocol sends blobs. */
function json(
  statusCode: number,
  payload: unknown,
  extraHeaders: Record<string, string> = {},
): HttpResponseLike {
  const text = JSON.stringify(payload, (_key, value: unknown) =>
    value instanceof Uint8Array ? base64(value) : value,
  );
  return {
    statusCode,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': 'playground',
      ...extraHeaders,
    },
    body: new TextEncoder().encode(text),
  };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
