import type { Sim } from '../../../../engine/sim';
import { canonicalUserId } from '../owner';
import { s3Time } from '../shape';

/** [D] ListBuckets: the account's buckets in name order, and their owner. */
export function listBuckets(sim: Sim) {
  const state = sim.state.s3;
  const names = [...state.buckets.keys()].sort();
  return {
    Buckets: names.map((name) => ({
      Name: name,
      CreationDate: s3Time(state.buckets.get(name)?.createdAt ?? 0),
    })),
    Owner: { ID: canonicalUserId(state.accountId) },
  };
}
