import { asInput, requiredString } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { s3Errors } from '../errors';
import { keyFromInput } from '../objects';
import { objectHeaders } from '../shape';

/**
 * [D] HeadObject: GetObject without the body. A HEAD answer has no body to name its error, so a
 * missing bucket or key are both 404 NotFound.
 */
export function headObject(sim: Sim, raw: unknown) {
  const input = asInput(raw);
  const bucket = sim.state.s3.buckets.get(requiredString(input, 'Bucket'));
  const key = keyFromInput(input);
  const object = bucket?.objects.get(key);
  if (object === undefined) throw s3Errors.notFound();
  return objectHeaders(object);
}
