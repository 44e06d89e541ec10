import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { requireSubscription, requireTopic, subscriptionArnFromInput } from '../arns';
import { optionalString, requiredString } from '../snsInput';
import { checkSubscriptionAttribute, subscriptionAttributesView } from '../subscriptionAttributes';
import { topicNameOf } from '../tokens';

/** [V] GetSubscriptionAttributes; a subscription that is not there: NotFound (404). */
export function getSubscriptionAttributes(
  sim: Sim,
  raw: unknown,
): { Attributes: Record<string, string> } {
  const arn = subscriptionArnFromInput(asInput(raw));
  return { Attributes: subscriptionAttributesView(requireSubscription(sim.state.sns, arn)) };
}

/**
 * [V] SetSubscriptionAttributes: one attribute at a time, checked as Subscribe checks it (with
 * "Invalid parameter: <name>: ..." texts). An empty FilterPolicy or RedrivePolicy removes it.
 */
export function setSubscriptionAttributes(sim: Sim, raw: unknown): Record<string, never> {
  const input = asInput(raw);
  const state = sim.state.sns;
  const subscription = requireSubscription(state, subscriptionArnFromInput(input));
  const name = requiredString(input, 'AttributeName');
  const value = optionalString(input, 'AttributeValue') ?? '';
  const topic = requireTopic(state, subscription.topicArn);
  const context = { state, topic, endpoint: subscription.endpoint, existing: subscription };
  const kept = checkSubscriptionAttribute(name, value, context, false);
  if (kept === '') subscription.attributes.delete(name);
  else subscription.attributes.set(name, kept);
  sim.emit({
    type: 'sns/subscription-attributes-changed',
    at: sim.now,
    topic: topicNameOf(subscription.topicArn),
    subscription: subscription.arn,
    attributes: { [name]: kept },
  });
  return {};
}
