import { defineService } from '../../../engine/plugin';
import { s3Description } from './description';
import { bucketGauges, type BucketGauges } from './gauges';
import { s3Actions, s3Tasks } from './index';
import { createS3State } from './model';

/** Amazon S3 as the engine assembles it: its description and what runs. */
export const s3Service = defineService({
  ...s3Description,
  actions: s3Actions,
  createState: createS3State,
  tasks: s3Tasks,
  gauges(sim) {
    const gauges: Record<string, BucketGauges> = {};
    for (const bucket of sim.state.s3.buckets.values()) gauges[bucket.name] = bucketGauges(bucket);
    return gauges;
  },
});
