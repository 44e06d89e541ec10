import { requiredString, type Input } from '../../../engine/core/input';
import { s3Errors } from './errors';
import type { S3Bucket, S3State } from './model';

/** A bucket's ARN: S3 ARNs name neither Region nor account. */
export function bucketArn(name: string): string {
  return `arn:aws:s3:::${name}`;
}

/** The bucket a `Bucket` member names; NoSuchBucket otherwise. */
export function bucketFromInput(state: S3State, input: Input): S3Bucket {
  const bucket = state.buckets.get(requiredString(input, 'Bucket'));
  if (bucket === undefined) throw s3Errors.noSuchBucket();
  return bucket;
}

const NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/**
 * [D] S3 UG bucketnamingrules, general purpose buckets: 3–63 characters of lowercase letters,
 * numbers, dots and hyphens, beginning and ending with a letter or number; no two adjacent
 * periods; not an IP address; not under a prefix or suffix S3 reserves.
 */
export function validBucketName(name: string): boolean {
  return (
    NAME.test(name) &&
    !name.includes('..') &&
    !IP_ADDRESS.test(name) &&
    !RESERVED_PREFIXES.some((prefix) => name.startsWith(prefix)) &&
    !RESERVED_SUFFIXES.some((suffix) => name.endsWith(suffix))
  );
}
