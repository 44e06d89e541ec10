import type { MessageDestination } from './model';

/**
 * What S3 tells the world. Each event names the bucket (by name), the key when an object is
 * concerned, who acted (`by`: an actor id, "api", or the service that called), and for
 * notifications the destination's ARN and the configuration that matched.
 */
interface Base {
  at: number;
  bucket: string;
}

/** A notification on its way or arrived: what matched, where to, and when it left the bucket. */
interface Notification extends Base {
  key: string;
  /** As the record names it: "ObjectCreated:Put", "ObjectRemoved:Delete". */
  eventName: string;
  configurationId: string;
  destination: string;
  /** When the object changed: the notification travels from then to `at`. */
  sentAt: number;
}

export type S3Event =
  | (Base & { type: 's3/bucket-created' | 's3/bucket-deleted'; by: string })
  | (Base & {
      type: 's3/object-created';
      key: string;
      size: number;
      by: string;
      /** How many notification configurations matched: that many deliveries are on their way. */
      notifications: number;
    })
  | (Base & { type: 's3/object-removed'; key: string; by: string; notifications: number })
  | (Base & { type: 's3/notifications-configured'; by: string; configurations: number })
  | (Base & { type: 's3/test-event-sent'; destination: string; kind: MessageDestination })
  | (Base & {
      type: 's3/destination-unverified';
      destination: string;
      kind: MessageDestination;
      /** S3's own words for it (the ArgumentValue of its InvalidArgument error). */
      reason: string;
    })
  | (Notification & { type: 's3/event-delivered'; kind: MessageDestination; messageId?: string })
  | (Notification & {
      type: 's3/delivery-failed';
      kind: MessageDestination;
      error: string;
      message: string;
    })
  | (Notification & { type: 's3/lambda-not-invoked' });
