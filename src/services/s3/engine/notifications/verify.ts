import type { Sim } from '../../../../engine/sim';
import type { S3Bucket } from '../model';
import { newRequestIds } from '../requestIds';
import { sendToDestination } from './destinations';
import type { ReadTarget } from './readConfiguration';
import { testEventMessage } from './records';

/**
 * [D] S3 UG notification-how-to-event-types-and-destinations: when a configuration is put, S3
 * sends each SNS topic and SQS queue it names an s3:TestEvent message, which proves the
 * destination exists and lets S3 publish. Each destination is tried once; the refusals are logged
 * in S3's words. Lambda functions are not checked: they do not run in the playground yet.
 * Returns how many destinations refused.
 */
export function verifyDestinations(sim: Sim, bucket: S3Bucket, targets: readonly ReadTarget[]) {
  const message = testEventMessage(bucket.name, sim.now, newRequestIds(sim));
  const tried = new Set<string>();
  let refused = 0;
  for (const { kind, arn } of targets) {
    if (kind === 'lambda' || tried.has(arn)) continue;
    tried.add(arn);
    const sent = sendToDestination(sim, bucket.arn, kind, arn, message);
    const what = { at: sim.now, bucket: bucket.name, destination: arn, kind };
    if (sent.ok) sim.emit({ type: 's3/test-event-sent', ...what });
    else {
      refused++;
      sim.emit({ type: 's3/destination-unverified', ...what, reason: sent.reason });
    }
  }
  return refused;
}
