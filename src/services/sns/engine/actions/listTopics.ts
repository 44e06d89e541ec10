import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { page } from '../pagination';

/** [V] ListTopics: 100 topics a page, in creation order, NextToken while more remain. */
export function listTopics(
  sim: Sim,
  raw: unknown,
): { Topics: { TopicArn: string }[]; NextToken?: string } {
  const { items, nextToken } = page(asInput(raw), [...sim.state.sns.topics.values()]);
  const out: { Topics: { TopicArn: string }[]; NextToken?: string } = {
    Topics: items.map((topic) => ({ TopicArn: topic.arn })),
  };
  if (nextToken !== undefined) out.NextToken = nextToken;
  return out;
}
