import type { Sim } from '../../../engine/sim';
import type { S3Bucket } from './model';
import { notify } from './notifications/notify';
import { newRequestIds, newSequencer } from './requestIds';

/**
 * Deletes one object from a bucket without versioning, if it is there, and tells the
 * configurations that select s3:ObjectRemoved:Delete. A key that is not there is no change: the
 * call still succeeds, and nothing is notified.
 */
export function removeObject(sim: Sim, bucket: S3Bucket, key: string, by: string): void {
  const object = bucket.objects.get(key);
  if (object === undefined) return;
  bucket.objects.delete(key);
  bucket.bytes -= object.size;
  const notifications = notify(sim, bucket, {
    event: 's3:ObjectRemoved:Delete',
    key,
    caller: by,
    at: sim.now,
    ...newRequestIds(sim),
    sequencer: newSequencer(sim),
  });
  sim.emit({ type: 's3/object-removed', at: sim.now, bucket: bucket.name, key, by, notifications });
}
