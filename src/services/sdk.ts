import type { SdkCodec } from '../sdk/http';
import { s3Codec } from './s3/sdk/restXmlCodec';
import { snsCodec } from './sns/sdk/queryCodec';
import { sqsCodec } from './sqs/sdk/jsonCodec';

/**
 * The wire protocols the SDK request handler (src/sdk) speaks, one line per service: only tests
 * and scripts use them, never the page.
 */
export const sdkCodecs: readonly SdkCodec[] = [sqsCodec, snsCodec, s3Codec];
