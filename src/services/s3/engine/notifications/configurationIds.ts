import { uuidFromCount } from '../../../../engine/core/ids';
import { base64Encode, utf8Bytes } from '../../../../engine/core/utf8';
import type { Sim } from '../../../../engine/sim';

/**
 * [D] "If you don't provide one, Amazon S3 will assign an ID": S3's are a UUID's text in base64
 * ("NjJhNjIyZjItMjY0Ny00ZDg2LWE2OGQtYWJiYWFlNjM0OGEx").
 */
export function newConfigurationId(sim: Sim): string {
  return base64Encode(utf8Bytes(uuidFromCount(sim.count('s3-configuration'), 0x533343)));
}
