import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';
import { paginate } from '../pagination';

/** [D] The queues whose RedrivePolicy targets this one; the member is `queueUrls`, always present. */
export function listDeadLetterSourceQueues(
  sim: Sim,
  input: Input,
  queue: SqsQueue,
): { queueUrls: string[]; NextToken?: string } {
  const sources = [...sim.state.sqs.queues.values()]
    .filter((q) => q.config.redrive?.deadLetterTargetArn === queue.arn)
    .map((q) => q.url)
    .sort();
  const { page, nextToken } = paginate(input, sources);
  return nextToken === undefined ? { queueUrls: page } : { queueUrls: page, NextToken: nextToken };
}
