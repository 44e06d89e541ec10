import { describeService } from '../../../engine/plugin';
import { explainS3 } from './explain';
import { s3Subjects } from './subjects';

/** Amazon S3 in words: what the page needs without running a world. */
export const s3Description = describeService({
  name: 's3',
  explain: explainS3,
  subjects: s3Subjects,
});
