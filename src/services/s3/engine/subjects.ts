import type { EventSubjects } from '../../../engine/plugin';
import type { S3Event } from './events';

/** An S3 event is about its bucket, and whoever called. */
export function s3Subjects(event: S3Event): EventSubjects {
  return { resources: [event.bucket], actors: 'by' in event ? [event.by] : [] };
}
