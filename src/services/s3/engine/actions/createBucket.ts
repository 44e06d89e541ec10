import { asInput, requiredString } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { bucketArn, validBucketName } from '../buckets';
import { s3Errors } from '../errors';

/**
 * [D] CreateBucket, a general purpose bucket in the world's Region (us-east-1). Re-creating a
 * bucket you own is BucketAlreadyOwnedByYou in every Region but this one: "For legacy
 * compatibility, if you re-create an existing bucket that you already own in the North Virginia
 * Region, Amazon S3 returns 200 OK", and the bucket keeps its objects.
 */
export function createBucket(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const name = requiredString(input, 'Bucket');
  if (!validBucketName(name)) throw s3Errors.invalidBucketName();
  const buckets = sim.state.s3.buckets;
  if (!buckets.has(name)) {
    buckets.set(name, {
      name,
      arn: bucketArn(name),
      createdAt: sim.now,
      objects: new Map(),
      notifications: [],
      bytes: 0,
    });
    sim.emit({ type: 's3/bucket-created', at: sim.now, bucket: name, by: Sim.caller(replyTo) });
  }
  return { Location: `/${name}` };
}
