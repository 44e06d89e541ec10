import type { TaskHandlers } from '../../../engine/plugin';
import type { ActionHandler } from '../../../engine/sim';
import { createBucket } from './actions/createBucket';
import { deleteBucket } from './actions/deleteBucket';
import { deleteObject } from './actions/deleteObject';
import { deleteObjects } from './actions/deleteObjects';
import { getBucketNotificationConfiguration } from './actions/getBucketNotificationConfiguration';
import { getObject } from './actions/getObject';
import { headObject } from './actions/headObject';
import { listBuckets } from './actions/listBuckets';
import { listObjectsV2 } from './actions/listObjectsV2';
import { putBucketNotificationConfiguration } from './actions/putBucketNotificationConfiguration';
import { putObject } from './actions/putObject';
import { deliverNotification } from './notifications/deliver';
import type { S3Task } from './types';

/** The Amazon S3 actions the playground runs, by their AWS names. */
export const s3Actions: Record<string, ActionHandler> = {
  CreateBucket: createBucket,
  DeleteBucket: deleteBucket,
  DeleteObject: deleteObject,
  DeleteObjects: deleteObjects,
  GetBucketNotificationConfiguration: getBucketNotificationConfiguration,
  GetObject: getObject,
  HeadObject: headObject,
  ListBuckets: listBuckets,
  ListObjectsV2: listObjectsV2,
  PutBucketNotificationConfiguration: putBucketNotificationConfiguration,
  PutObject: putObject,
};

/** S3's timers, by task kind. */
export const s3Tasks: TaskHandlers<S3Task> = {
  's3/deliver': deliverNotification,
};
