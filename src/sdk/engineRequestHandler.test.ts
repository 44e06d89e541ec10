import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { engineRequestHandler } from './engineRequestHandler';

/** The door picks the service a request is for; the real clients' tests are in services/sdk. */
const text = (body: unknown) => new TextDecoder().decode(body as Uint8Array);
const signedFor = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=playground/20250101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`;

describe('the SDK request handler', () => {
  it('routes by the name a request is signed for, else by its host', async () => {
    const engine = createEngine();
    await engine.call('s3', 'CreateBucket', { Bucket: 'photos' });
    const handler = engineRequestHandler(engine);
    // Signed for S3, though the host says nothing of it.
    const signed = await handler.handle({
      method: 'GET',
      hostname: 'localhost',
      path: '/',
      headers: { Authorization: signedFor('s3') },
    });
    expect(text(signed.response.body)).toContain('<Name>photos</Name>');
    // Unsigned: S3 by the host's service label, the bucket before it.
    const unsigned = await handler.handle({
      method: 'GET',
      hostname: 'photos.s3.us-east-1.amazonaws.com',
      path: '/',
      query: { 'list-type': '2' },
      headers: {},
    });
    expect(text(unsigned.response.body)).toContain('<ListBucketResult');
  });

  it('answers a request for a service it does not have with an error naming the host', async () => {
    const handler = engineRequestHandler(createEngine());
    const { response } = await handler.handle({
      method: 'POST',
      hostname: 'kinesis.us-east-1.amazonaws.com',
      headers: { authorization: signedFor('kinesis') },
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(text(response.body))).toEqual({
      __type: 'UnknownServiceException',
      message: 'No service of the playground answers at kinesis.us-east-1.amazonaws.com.',
    });
  });
});
