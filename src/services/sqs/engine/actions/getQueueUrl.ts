import { asInput, optionalString, requiredString } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { queueByName } from '../queues';

export function getQueueUrl(sim: Sim, raw: unknown): { QueueUrl: string } {
  const input = asInput(raw);
  const name = requiredString(input, 'QueueName');
  const owner = optionalString(input, 'QueueOwnerAWSAccountId');
  const queue = queueByName(sim.state.sqs, name);
  if (queue === undefined || (owner !== undefined && owner !== sim.state.sqs.accountId)) {
    throw sqsErrors.nonExistentQueue();
  }
  return { QueueUrl: queue.url };
}
