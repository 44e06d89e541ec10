import { describeService } from '../../../engine/plugin';
import { keysProblems, loadKeys } from './scenario';

/** AWS KMS in scenarios: the customer managed keys a scenario brings (its `keys`). */
export const kmsDescription = describeService({
  name: 'kms',
  scenario: { members: { keys: keysProblems }, load: loadKeys },
});
