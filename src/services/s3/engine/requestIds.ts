import { mix32 } from '../../../engine/core/rng';
import { base64Encode } from '../../../engine/core/utf8';
import type { Sim } from '../../../engine/sim';

/**
 * What S3 stamps on a request, from counters so every run stamps the same: x-amz-request-id (16
 * hex digits, "C3D13FE58DE4C810") and x-amz-id-2 (the host that served it, in base64).
 */
export function newRequestIds(sim: Sim): { requestId: string; hostId: string } {
  const n = sim.count('s3-request');
  const words = [mix32(n), mix32(n ^ 0x5bd1e995)];
  const requestId = words
    .map((w) => w.toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
  const host = new Uint8Array(57);
  for (let i = 0; i < host.length; i++) host[i] = mix32(n * 64 + i) & 255;
  return { requestId, hostId: base64Encode(host) };
}

/**
 * [D] S3 event records: s3.object.sequencer, hexadecimal, growing with each PUT and DELETE of a
 * key ("0055AED6DCD90281E5"): the virtual time and a counter, 18 digits.
 */
export function newSequencer(sim: Sim): string {
  const count = sim.count('s3-sequencer') % 0x1000000;
  return (
    sim.now.toString(16).padStart(12, '0') + count.toString(16).padStart(6, '0')
  ).toUpperCase();
}
