import type { Engine } from '../engine';
import { engineRequestHandler } from './engineRequestHandler';

/**
 * What an AWS SDK v3 client needs to talk to the engine instead of AWS: any client
 * (`new SNSClient(clientConfig(engine))`), the real endpoint, no retries (the engine's answer is
 * the answer).
 */
export function clientConfig(engine: Engine) {
  return {
    region: 'us-east-1',
    credentials: { accessKeyId: 'playground', secretAccessKey: 'playground' },
    requestHandler: engineRequestHandler(engine),
    maxAttempts: 1,
  };
}
