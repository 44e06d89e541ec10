import type { S3Bucket } from './model';

/**
 * [D] The CloudWatch storage metrics of a bucket (AWS/S3, StorageType AllStorageTypes and
 * StandardStorage), taken now rather than once a day.
 */
export interface BucketGauges {
  NumberOfObjects: number;
  BucketSizeBytes: number;
}

export function bucketGauges(bucket: S3Bucket): BucketGauges {
  return { NumberOfObjects: bucket.objects.size, BucketSizeBytes: bucket.bytes };
}
