import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { LISTS } from '../notifications/readConfiguration';

/**
 * [D] GetBucketNotificationConfiguration: the configuration as it was put, each entry with its
 * Id (S3's own when none was given) and filter rule names written "Prefix" and "Suffix"; a list
 * with no entries is left out, as the SDK reads an empty element.
 */
export function getBucketNotificationConfiguration(sim: Sim, raw: unknown) {
  const bucket = bucketFromInput(sim.state.s3, asInput(raw));
  const out: Record<string, unknown[]> = {};
  for (const { list, arnMember, kind } of LISTS) {
    const entries = bucket.notifications
      .filter((target) => target.kind === kind)
      .map((target) => ({
        Id: target.id,
        [arnMember]: target.arn,
        Events: [...target.events],
        ...(target.filterRules.length === 0
          ? {}
          : { Filter: { Key: { FilterRules: target.filterRules.map((r) => ({ ...r })) } } }),
      }));
    if (entries.length > 0) out[list] = entries;
  }
  return out;
}
