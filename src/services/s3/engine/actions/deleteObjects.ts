import { asInput } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { s3Errors } from '../errors';
import { keyFromInput } from '../objects';
import { removeObject } from '../removeObject';

/** [D] DeleteObjects: "up to 1,000 keys" per request. */
const MAX_KEYS = 1000;

/**
 * [D] DeleteObjects: each key is deleted as DeleteObject would (a key that is not there is
 * reported deleted too); Quiet leaves the deleted keys out of the answer. Every key is read before
 * any is deleted, so a bad one changes nothing.
 */
export function deleteObjects(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const bucket = bucketFromInput(sim.state.s3, input);
  const request = input.Delete;
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw s3Errors.malformedXml();
  const { Objects: objects, Quiet: quiet } = request as Record<string, unknown>;
  if (!Array.isArray(objects) || objects.length === 0 || objects.length > MAX_KEYS)
    throw s3Errors.malformedXml();
  if (quiet !== undefined && typeof quiet !== 'boolean') throw s3Errors.malformedXml();
  const keys = objects.map((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw s3Errors.malformedXml();
    return keyFromInput(entry as Record<string, unknown>);
  });
  const by = Sim.caller(replyTo);
  for (const key of keys) removeObject(sim, bucket, key, by);
  return quiet === true ? {} : { Deleted: keys.map((Key) => ({ Key })) };
}
