import { asInput } from '../../../../engine/core/input';
import type { ReplyTo, Sim } from '../../../../engine/sim';
import { authorizeTopic } from '../access';
import { topicArnFromInput } from '../arns';
import { removeSubscription } from '../subscriptions';

/** [V] DeleteTopic is idempotent (a topic that is not there: 200) and deletes its subscriptions. */
export function deleteTopic(sim: Sim, raw: unknown, replyTo: ReplyTo): Record<string, never> {
  const state = sim.state.sns;
  const arn = topicArnFromInput(state, asInput(raw));
  const topic = state.topics.get(arn);
  if (topic === undefined) return {};
  authorizeTopic(sim, topic, 'DeleteTopic', replyTo);
  const subscriptions = [...topic.subscriptions];
  for (const subscription of subscriptions) removeSubscription(state, subscription);
  state.topics.delete(arn);
  sim.emit({
    type: 'sns/topic-deleted',
    at: sim.now,
    topic: topic.name,
    subscriptionsDeleted: subscriptions.length,
  });
  return {};
}
