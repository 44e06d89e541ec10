import { asInput } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { notify } from '../notifications/notify';
import { keyFromInput, objectFromInput } from '../objects';
import { newRequestIds, newSequencer } from '../requestIds';
import { eTag } from '../shape';

/**
 * [D] PutObject writes the whole object, replacing any under the same key, and tells the
 * configurations that select s3:ObjectCreated:Put.
 */
export function putObject(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const bucket = bucketFromInput(sim.state.s3, input);
  const key = keyFromInput(input);
  const object = objectFromInput(input, key, sim.now);
  bucket.bytes += object.size - (bucket.objects.get(key)?.size ?? 0);
  bucket.objects.set(key, object);
  const by = Sim.caller(replyTo);
  const notifications = notify(sim, bucket, {
    event: 's3:ObjectCreated:Put',
    key,
    object,
    caller: by,
    at: sim.now,
    ...newRequestIds(sim),
    sequencer: newSequencer(sim),
  });
  sim.emit({
    type: 's3/object-created',
    at: sim.now,
    bucket: bucket.name,
    key,
    size: object.size,
    by,
    notifications,
  });
  return { ETag: eTag(object), ServerSideEncryption: 'AES256' };
}
