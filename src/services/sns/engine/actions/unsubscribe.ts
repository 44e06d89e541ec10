import { asInput } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { subscriptionArnFromInput } from '../arns';
import { removeSubscription } from '../subscriptions';
import { topicNameOf } from '../tokens';

/** [V] Unsubscribe: a well-formed ARN that names nothing is fine (200); a malformed one is not. */
export function unsubscribe(sim: Sim, raw: unknown, replyTo: ReplyTo): Record<string, never> {
  const arn = subscriptionArnFromInput(asInput(raw));
  const subscription = removeSubscription(sim.state.sns, arn);
  if (subscription !== undefined)
    sim.emit({
      type: 'sns/unsubscribed',
      at: sim.now,
      topic: topicNameOf(subscription.topicArn),
      by: Sim.caller(replyTo),
      subscription: arn,
      protocol: subscription.protocol,
      endpoint: subscription.endpoint,
    });
  return {};
}
