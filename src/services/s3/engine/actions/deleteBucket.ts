import { asInput } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { s3Errors } from '../errors';

/** [D] DeleteBucket: only an empty bucket; its notification configuration goes with it. */
export function deleteBucket(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const bucket = bucketFromInput(sim.state.s3, asInput(raw));
  if (bucket.objects.size > 0) throw s3Errors.bucketNotEmpty();
  sim.state.s3.buckets.delete(bucket.name);
  sim.emit({
    type: 's3/bucket-deleted',
    at: sim.now,
    bucket: bucket.name,
    by: Sim.caller(replyTo),
  });
  return {};
}
