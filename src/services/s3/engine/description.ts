import { describeService } from '../../../engine/plugin';
import type { S3Event } from './events';
import { explainS3 } from './explain';
import { s3Subjects } from './subjects';

/** Amazon S3 in words: what the page needs without running a world. */
export const s3Description = describeService<S3Event>({
  name: 's3',
  explain: explainS3,
  subjects: s3Subjects,
});
