import { asInput } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { keyFromInput } from '../objects';
import { removeObject } from '../removeObject';

/** [D] DeleteObject: 204 No Content whether or not the key was there. */
export function deleteObject(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const bucket = bucketFromInput(sim.state.s3, input);
  removeObject(sim, bucket, keyFromInput(input), Sim.caller(replyTo));
  return {};
}
