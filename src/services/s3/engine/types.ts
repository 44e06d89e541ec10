import type { S3Event } from './events';
import type { BucketGauges } from './gauges';
import type { DestinationKind, S3State } from './model';

/** S3's scheduled work: an event notification on its way to its destination. */
export type S3Task = {
  kind: 's3/deliver';
  bucket: string;
  bucketArn: string;
  key: string;
  eventName: string;
  configurationId: string;
  destination: string;
  destinationKind: DestinationKind;
  /** The event's JSON, made when the object changed. */
  message: string;
  sentAt: number;
};

// S3's part of the world's types (the core declares these registries empty).
declare module '../../../engine/state' {
  interface ServiceStates {
    s3: S3State;
  }
}
declare module '../../../engine/events' {
  interface ServiceEvents {
    s3: S3Event;
  }
}
declare module '../../../engine/tasks' {
  interface ServiceTasks {
    s3: S3Task;
  }
}
declare module '../../../engine/gauges' {
  interface ServiceGauges {
    /** By bucket name. */
    s3: Record<string, BucketGauges>;
  }
}
