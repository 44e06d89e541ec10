import { asInput, optionalString } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { paginate } from '../pagination';

export function listQueues(sim: Sim, raw: unknown): { QueueUrls?: string[]; NextToken?: string } {
  const input = asInput(raw);
  const prefix = optionalString(input, 'QueueNamePrefix') ?? '';
  const urls = [...sim.state.sqs.queues.values()]
    .filter((q) => q.name.startsWith(prefix))
    .map((q) => q.url)
    .sort();
  const { page, nextToken } = paginate(input, urls);
  const out: { QueueUrls?: string[]; NextToken?: string } = {};
  if (page.length > 0) out.QueueUrls = page;
  if (nextToken !== undefined) out.NextToken = nextToken;
  return out;
}
