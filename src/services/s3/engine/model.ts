/**
 * Amazon S3 as the playground needs it: general purpose buckets, their objects and their event
 * notification configuration, in one account and Region (the world's, as SQS's and KMS's).
 */
export interface S3State {
  region: string;
  accountId: string;
  /** By bucket name (bucket names are global: no two accounts share one). */
  buckets: Map<string, S3Bucket>;
}

export interface S3Bucket {
  name: string;
  arn: string;
  createdAt: number;
  /** By key; listings sort them (S3 lists keys in UTF-8 binary order). */
  objects: Map<string, S3Object>;
  /** Its notification configuration, in the order PutBucketNotificationConfiguration gave it. */
  notifications: NotificationTarget[];
  /** The sum of its objects' sizes (CloudWatch's BucketSizeBytes). */
  bytes: number;
}

/**
 * An object. Body is what PutObject was given: a string (the object is its UTF-8 bytes) or a
 * Uint8Array (the bytes themselves); GetObject answers in the same form.
 */
export interface S3Object {
  key: string;
  body: string | Uint8Array;
  /** Bytes. */
  size: number;
  /** The MD5 of the bytes in hex, without the quotes S3 puts around an ETag. */
  md5: string;
  contentType: string;
  metadata: Record<string, string>;
  lastModified: number;
}

/** Where a configuration sends: the three destinations S3 event notifications support. */
export type DestinationKind = 'queue' | 'topic' | 'lambda';
/** The destinations S3 sends a message to (a Lambda function is invoked instead). */
export type MessageDestination = Exclude<DestinationKind, 'lambda'>;

/** One QueueConfiguration, TopicConfiguration or LambdaFunctionConfiguration. */
export interface NotificationTarget {
  kind: DestinationKind;
  id: string;
  arn: string;
  /** As given: "s3:ObjectCreated:*", "s3:ObjectRemoved:Delete", ... */
  events: string[];
  /** Filter.Key.FilterRules, names written as S3 returns them ("Prefix", "Suffix"). */
  filterRules: FilterRule[];
}

export interface FilterRule {
  Name: 'Prefix' | 'Suffix';
  Value: string;
}

export function createS3State(): S3State {
  return { region: 'us-east-1', accountId: '123456789012', buckets: new Map() };
}
