import { asInput } from '../../../core/input';
import type { Sim } from '../../../sim';
import { paginate } from '../pagination';
import { queueFromInput } from '../queues';

/** [D] The queues whose RedrivePolicy targets this one; the member is `queueUrls`, always present. */
export function listDeadLetterSourceQueues(
  sim: Sim,
  raw: unknown,
): { queueUrls: string[]; NextToken?: string } {
  const input = asInput(raw);
  const dlq = queueFromInput(sim.state.sqs, input);
  const sources = [...sim.state.sqs.queues.values()]
    .filter((q) => q.config.redrive?.deadLetterTargetArn === dlq.arn)
    .map((q) => q.url)
    .sort();
  const { page, nextToken } = paginate(input, sources);
  return nextToken === undefined ? { queueUrls: page } : { queueUrls: page, NextToken: nextToken };
}
