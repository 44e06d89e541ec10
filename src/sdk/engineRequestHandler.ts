import type { Engine } from '../engine';
import { AwsError } from '../engine/core/errors';
import { sdkCodecs } from '../services/sdk';
import { readRequest, type SdkCodec, type SdkHttpRequest, type SdkHttpResponse } from './http';

/**
 * Lets the real AWS SDK for JavaScript v3 clients talk to the engine: pass this as any client's
 * `requestHandler`. The request's service (the name it is signed for, else its endpoint's host)
 * picks the codec of that service's protocol, which turns the request into `engine.call` and the
 * outcome into the HTTP response the service would send, errors included.
 */
export function engineRequestHandler(engine: Engine, codecs: readonly SdkCodec[] = sdkCodecs) {
  return {
    async handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }> {
      const wire = await readRequest(request);
      const codec = codecFor(wire.headers.authorization ?? '', wire.hostname, codecs);
      if (codec === undefined) return { response: unknownService(wire.hostname) };
      try {
        const { action, input } = codec.decode(wire);
        const output = await engine.call(codec.service, action, input);
        return { response: codec.encode(action, output, wire) };
      } catch (error) {
        return { response: codec.encodeError(asAwsError(error), wire) };
      }
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

/** SigV4's credential scope: `Credential=<key>/<date>/<region>/<service>/aws4_request`. */
const SIGNED_FOR = /Credential=[^/,]*\/\d{8}\/[^/]*\/([^/]+)\/aws4_request/;

function codecFor(
  authorization: string,
  hostname: string,
  codecs: readonly SdkCodec[],
): SdkCodec | undefined {
  const signedFor = SIGNED_FOR.exec(authorization)?.[1];
  if (signedFor !== undefined) return codecs.find((c) => c.signingName === signedFor);
  // Unsigned: the service's label nearest the domain (bucket.s3.us-east-1.amazonaws.com is S3).
  for (const label of hostname.split('.').reverse()) {
    const codec = codecs.find((c) => c.signingName === label);
    if (codec !== undefined) return codec;
  }
  return undefined;
}

function asAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  return new AwsError('InternalFailure', String(error), { status: 500, fault: 'Receiver' });
}

function unknownService(hostname: string): SdkHttpResponse {
  const message = `No service of the playground answers at ${hostname || 'this endpoint'}.`;
  return {
    statusCode: 400,
    headers: { 'content-type': 'application/json' },
    body: new TextEncoder().encode(JSON.stringify({ __type: 'UnknownServiceException', message })),
  };
}
