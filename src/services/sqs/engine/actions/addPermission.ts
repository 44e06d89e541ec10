import {
  invalidParameter,
  missingParameter,
  optionalStringList,
  requiredString,
  type Input,
} from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { oneOrMany, readPolicy, writePolicy } from '../permissions';

/** [D] Actions another account may be granted; the others are the queue owner's alone. */
export const GRANTABLE: ReadonlySet<string> = new Set([
  '*',
  'ChangeMessageVisibility',
  'DeleteMessage',
  'GetQueueAttributes',
  'GetQueueUrl',
  'ListDeadLetterSourceQueues',
  'PurgeQueue',
  'ReceiveMessage',
  'SendMessage',
]);
const OWNER_ONLY = new Set([
  'AddPermission',
  'CancelMessageMoveTask',
  'CreateQueue',
  'DeleteQueue',
  'ListMessageMoveTasks',
  'ListQueues',
  'ListQueueTags',
  'RemovePermission',
  'SetQueueAttributes',
  'StartMessageMoveTask',
  'TagQueue',
  'UntagQueue',
]);
const MAX_ACTIONS = 7;

export function addPermission(_sim: Sim, input: Input, queue: SqsQueue): Record<string, never> {
  const label = requiredString(input, 'Label');
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(label)) {
    throw invalidParameter(
      'Label',
      label,
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
  }
  const accounts = optionalStringList(input, 'AWSAccountIds');
  if (accounts === undefined) throw missingParameter('AWSAccountIds');
  if (accounts.length === 0) throw invalidParameter('PrincipalId', '[]', 'Unable to verify.');
  const actions = optionalStringList(input, 'Actions');
  if (actions === undefined || actions.length === 0) throw missingParameter('Actions');
  if (actions.length > MAX_ACTIONS) {
    throw sqsErrors.overLimit(
      `${actions.length} Actions were found, maximum allowed is ${MAX_ACTIONS}.`,
    );
  }
  for (const action of actions) {
    if (OWNER_ONLY.has(action)) {
      throw invalidParameter(
        'ActionName',
        `SQS:${action}`,
        'Only the queue owner is allowed to invoke this action.',
      );
    }
    if (!GRANTABLE.has(action)) {
      throw invalidParameter(
        'ActionName',
        `SQS:${action}`,
        'Please refer to the appropriate WSDL for a list of valid actions.',
      );
    }
  }
  const policy = readPolicy(queue);
  if (policy.Statement.some((s) => s.Sid === label))
    throw invalidParameter('Label', label, 'Already exists.');
  policy.Statement.push({
    Sid: label,
    Effect: 'Allow',
    Principal: { AWS: oneOrMany(accounts.map((a) => `arn:aws:iam::${a}:root`)) },
    Action: oneOrMany(actions.map((a) => `SQS:${a}`)),
    Resource: queue.arn,
  });
  writePolicy(queue, policy);
  return {};
}
