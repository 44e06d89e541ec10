import { describeService } from '../../../engine/plugin';
import type { SnsEvent } from './events';
import { explainSns } from './explain';
import { snsSubjects } from './subjects';

/** Amazon SNS in words: what the page needs without running a world. */
export const snsDescription = describeService<SnsEvent>({
  name: 'sns',
  explain: explainSns,
  subjects: snsSubjects,
});
