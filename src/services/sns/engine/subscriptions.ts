import { uuidFromCount } from '../../../engine/core/ids';
import type { Sim } from '../../../engine/sim';
import type { Protocol, SnsState, SnsSubscription, SnsTopic } from './model';

/** Subscriptions: made, found again for Subscribe's idempotency, listed and removed. */
export function newSubscription(
  sim: Sim,
  topic: SnsTopic,
  protocol: Protocol,
  endpoint: string,
  details: { principal: string; pendingConfirmation: boolean; attributes: Map<string, string> },
): SnsSubscription {
  const seq = sim.count('sns-subscription');
  const subscription: SnsSubscription = {
    // [V] <topicArn>:<uuid>
    arn: `${topic.arn}:${uuidFromCount(seq, 0x5b5c)}`,
    seq,
    topicArn: topic.arn,
    protocol,
    endpoint,
    owner: sim.state.sns.accountId,
    principal: details.principal,
    pendingConfirmation: details.pendingConfirmation,
    confirmationWasAuthenticated: !details.pendingConfirmation,
    attributes: details.attributes,
    lastDeliveryAt: 0,
  };
  sim.state.sns.subscriptions.set(subscription.arn, subscription);
  topic.subscriptions.push(subscription.arn);
  return subscription;
}

/** [V] The subscription a topic already has for this protocol and endpoint. */
export function existingSubscription(
  state: SnsState,
  topic: SnsTopic,
  protocol: Protocol,
  endpoint: string,
): SnsSubscription | undefined {
  for (const arn of topic.subscriptions) {
    const subscription = state.subscriptions.get(arn);
    if (subscription?.protocol === protocol && subscription.endpoint === endpoint)
      return subscription;
  }
  return undefined;
}

/** Removes a subscription (and its confirmation tokens); counts it as deleted on its topic. */
export function removeSubscription(state: SnsState, arn: string): SnsSubscription | undefined {
  const subscription = state.subscriptions.get(arn);
  if (subscription === undefined) return undefined;
  state.subscriptions.delete(arn);
  const topic = state.topics.get(subscription.topicArn);
  if (topic !== undefined) {
    topic.subscriptions = topic.subscriptions.filter((a) => a !== arn);
    topic.subscriptionsDeleted++;
  }
  for (const [token, entry] of state.tokens)
    if (entry.subscriptionArn === arn) state.tokens.delete(token);
  return subscription;
}

/** [V] A subscription in ListSubscriptions: an unconfirmed one shows "PendingConfirmation". */
export function subscriptionSummary(subscription: SnsSubscription) {
  return {
    SubscriptionArn: subscription.pendingConfirmation ? 'PendingConfirmation' : subscription.arn,
    Owner: subscription.owner,
    Protocol: subscription.protocol,
    Endpoint: subscription.endpoint,
    TopicArn: subscription.topicArn,
  };
}
