import type { ActionHandler } from '../../sim';
import { createAlias } from './actions/createAlias';
import { createKey } from './actions/createKey';
import { decrypt } from './actions/decrypt';
import { describeKey } from './actions/describeKey';
import { generateDataKey } from './actions/generateDataKey';
import { getKeyPolicy } from './actions/getKeyPolicy';
import { putKeyPolicy } from './actions/putKeyPolicy';

/** The AWS KMS actions SQS server-side encryption needs, by their AWS names. */
export const kmsActions: Record<string, ActionHandler> = {
  CreateAlias: createAlias,
  CreateKey: createKey,
  Decrypt: decrypt,
  DescribeKey: describeKey,
  GenerateDataKey: generateDataKey,
  GetKeyPolicy: getKeyPolicy,
  PutKeyPolicy: putKeyPolicy,
};
