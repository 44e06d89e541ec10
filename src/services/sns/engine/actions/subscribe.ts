import { principalOf } from '../../../../engine/core/identity';
import type { Input } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { checkEndpoint, checkProtocol, needsConfirmation } from '../endpoints';
import { invalid } from '../errors';
import type { SnsSubscription, SnsTopic } from '../model';
import { optionalBoolean, optionalString, optionalStringMap, requiredString } from '../snsInput';
import { checkSubscriptionAttribute, subscriptionAttributeValue } from '../subscriptionAttributes';
import { existingSubscription, newSubscription } from '../subscriptions';
import { issueToken } from '../tokens';

/**
 * [V] Subscribe. The endpoint is checked for its protocol (an SQS queue by ARN; the queue need
 * not exist). Subscribing the same endpoint again returns the same ARN when the attributes given
 * match (defaults count: RawMessageDelivery "false", FilterPolicyScope "MessageAttributes"),
 * else "Subscription already exists with different attributes". An endpoint that must confirm
 * answers "pending confirmation" unless ReturnSubscriptionArn is true.
 */
export function subscribe(
  sim: Sim,
  input: Input,
  topic: SnsTopic,
  replyTo: ReplyTo,
): { SubscriptionArn: string } {
  const state = sim.state.sns;
  const protocol = checkProtocol(requiredString(input, 'Protocol'));
  const endpoint = optionalString(input, 'Endpoint') ?? '';
  checkEndpoint(protocol, endpoint, topic);
  const returnArn = optionalBoolean(input, 'ReturnSubscriptionArn') ?? false;
  const existing = existingSubscription(state, topic, protocol, endpoint);
  const given = optionalStringMap(input, 'Attributes') ?? new Map<string, string>();
  const context = {
    state,
    topic,
    endpoint,
    given,
    ...(existing === undefined ? {} : { existing }),
  };
  const attributes = new Map<string, string>();
  for (const [name, value] of given) {
    const kept = checkSubscriptionAttribute(name, value, context, true);
    if (kept !== '') attributes.set(name, kept);
  }
  if (existing !== undefined) {
    for (const [name, value] of attributes)
      if (subscriptionAttributeValue(existing, name) !== value)
        throw invalid('Attributes Reason: Subscription already exists with different attributes');
    return answer(existing, returnArn);
  }
  const identity = Sim.identity(replyTo);
  const principal = principalOf(identity, state.accountId, Sim.caller(replyTo));
  const subscription = newSubscription(sim, topic, protocol, endpoint, {
    principal: principal.kind === 'AWS' ? principal.arn : principal.service,
    pendingConfirmation: needsConfirmation(protocol, endpoint, state.accountId),
    attributes,
  });
  sim.emit({
    type: 'sns/subscribed',
    at: sim.now,
    topic: topic.name,
    by: Sim.caller(replyTo),
    subscription: subscription.arn,
    protocol,
    endpoint,
    pendingConfirmation: subscription.pendingConfirmation,
  });
  if (subscription.pendingConfirmation) issueToken(sim, subscription);
  return answer(subscription, returnArn);
}

function answer(subscription: SnsSubscription, returnArn: boolean): { SubscriptionArn: string } {
  return {
    SubscriptionArn:
      subscription.pendingConfirmation && !returnArn ? 'pending confirmation' : subscription.arn,
  };
}
