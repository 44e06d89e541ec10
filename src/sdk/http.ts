import type { AwsError } from '../engine/core/errors';

/** What the SDK hands a request handler (its HttpRequest), as far as the door reads it. */
export interface SdkHttpRequest {
  method?: string;
  hostname?: string;
  path?: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * What the door answers. A streamed body (S3's GetObject) is a web ReadableStream, as `fetch`
 * gives one in a browser; the SDK reads it the same way in Node.
 */
export interface SdkHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array | ReadableStream<Uint8Array>;
}

/** A request as a codec reads it: header names in lower case, one value per query key, bytes. */
export interface WireRequest {
  method: string;
  hostname: string;
  /** Still percent-encoded, as sent. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * One service's wire protocol: how its SDK client's requests become an engine call and the
 * engine's answer becomes the response the service would send.
 */
export interface SdkCodec {
  /** The engine's name for the service. */
  readonly service: string;
  /** The name the SDK signs with (SigV4 credential scope), and its endpoint's host label. */
  readonly signingName: string;
  /** The action and its input as the engine takes them; throws an AwsError the client should see. */
  decode(request: WireRequest): { action: string; input: unknown };
  encode(action: string, output: unknown, request: WireRequest): SdkHttpResponse;
  encodeError(error: AwsError, request: WireRequest): SdkHttpResponse;
}

/** The request id every answer carries (the SDK reports it as $metadata.requestId). */
export const REQUEST_ID = 'playground';

export async function readRequest(request: SdkHttpRequest): Promise<WireRequest> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.query ?? {}))
    query[name] = (Array.isArray(value) ? value[0] : value) ?? '';
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    hostname: request.hostname ?? '',
    path: request.path ?? '/',
    query,
    headers,
    body: await bodyBytes(request.body),
  };
}

/** A body the SDK sends: text, bytes, or a stream of chunks (a Node Readable, a web stream). */
async function bodyBytes(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return utf8(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (typeof body === 'object' && Symbol.asyncIterator in body) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>)
      chunks.push(typeof chunk === 'string' ? utf8(chunk) : chunk);
    return concatBytes(chunks);
  }
  return new Uint8Array();
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
