import { describeService } from '../../../engine/plugin';
import { explainSns } from './explain';
import { snsSubjects } from './subjects';

/** Amazon SNS in words: what the page needs without running a world. */
export const snsDescription = describeService({
  name: 'sns',
  explain: explainSns,
  subjects: snsSubjects,
});
