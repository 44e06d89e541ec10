import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { s3Errors } from '../errors';
import { keyFromInput } from '../objects';
import { objectHeaders } from '../shape';

/** [D] GetObject: the object's Body, in the form PutObject was given it, and its headers. */
export function getObject(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const bucket = bucketFromInput(sim.state.s3, input);
  const object = bucket.objects.get(keyFromInput(input));
  if (object === undefined) throw s3Errors.noSuchKey();
  return { Body: object.body, ...objectHeaders(object) };
}
