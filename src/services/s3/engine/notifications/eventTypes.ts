/**
 * [D] S3 API NotificationConfiguration Events: the event types a configuration may name. A type
 * ending in ":*" stands for every type under it.
 */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
  's3:ReducedRedundancyLostObject',
  's3:ObjectCreated:*',
  's3:ObjectCreated:Put',
  's3:ObjectCreated:Post',
  's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*',
  's3:ObjectRemoved:Delete',
  's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*',
  's3:ObjectRestore:Post',
  's3:ObjectRestore:Completed',
  's3:ObjectRestore:Delete',
  's3:Replication:*',
  's3:Replication:OperationFailedReplication',
  's3:Replication:OperationNotTracked',
  's3:Replication:OperationMissedThreshold',
  's3:Replication:OperationReplicatedAfterThreshold',
  's3:LifecycleTransition',
  's3:IntelligentTiering',
  's3:ObjectAcl:Put',
  's3:LifecycleExpiration:*',
  's3:LifecycleExpiration:Delete',
  's3:LifecycleExpiration:DeleteMarkerCreated',
  's3:ObjectTagging:*',
  's3:ObjectTagging:Put',
  's3:ObjectTagging:Delete',
]);

/** Whether one object event ("s3:ObjectCreated:Put") is among the types a configuration names. */
export function eventSelected(types: readonly string[], event: string): boolean {
  return types.some((type) => type === event || covers(type, event));
}

/** Whether two named types share an event: equal, or one's ":*" covers the other. */
export function typesShareEvent(a: string, b: string): boolean {
  return a === b || covers(a, b) || covers(b, a);
}

function covers(wildcard: string, type: string): boolean {
  return wildcard.endsWith(':*') && type.startsWith(wildcard.slice(0, -1));
}
