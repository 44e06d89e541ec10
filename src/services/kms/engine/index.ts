import { defineService } from '../../../engine/plugin';
import { createKmsState } from './model';
import { kmsDescription } from './description';
import { createAlias } from './actions/createAlias';
import { createKey } from './actions/createKey';
import { decrypt } from './actions/decrypt';
import { describeKey } from './actions/describeKey';
import { generateDataKey } from './actions/generateDataKey';
import { getKeyPolicy } from './actions/getKeyPolicy';
import { putKeyPolicy } from './actions/putKeyPolicy';

/** AWS KMS, with the actions SQS server-side encryption needs, by their AWS names. */
export const kmsService = defineService({
  ...kmsDescription,
  createState: createKmsState,
  actions: {
    CreateAlias: createAlias,
    CreateKey: createKey,
    Decrypt: decrypt,
    DescribeKey: describeKey,
    GenerateDataKey: generateDataKey,
    GetKeyPolicy: getKeyPolicy,
    PutKeyPolicy: putKeyPolicy,
  },
});
