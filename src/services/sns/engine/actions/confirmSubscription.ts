import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { invalid, snsErrors } from '../errors';
import { requiredString } from '../snsInput';
import { TOKEN_LIFETIME_MS } from '../tokens';

/**
 * [V] ConfirmSubscription: a TopicArn that is no ARN of this region is "Invalid parameter:
 * Topic"; a token that is not hex, "Invalid token"; a token unknown, expired (2 days), for
 * another topic or a topic that is gone, "Invalid parameter: Token". Confirming twice is fine.
 */
export function confirmSubscription(sim: Sim, raw: unknown): { SubscriptionArn: string } {
  const input = asInput(raw);
  const state = sim.state.sns;
  const topicArn = input.TopicArn;
  if (typeof topicArn !== 'string') throw invalid('Topic');
  const parts = topicArn.split(':');
  if (parts.length < 6 || parts[3] !== state.region) throw invalid('Topic');
  const token = requiredString(input, 'Token');
  if (!/^[0-9a-f]+$/i.test(token)) throw snsErrors.invalidParameter('Invalid token');
  const entry = state.tokens.get(token);
  const subscription =
    entry === undefined ? undefined : state.subscriptions.get(entry.subscriptionArn);
  if (
    entry === undefined ||
    subscription === undefined ||
    entry.topicArn !== topicArn ||
    !state.topics.has(topicArn) ||
    sim.now - entry.issuedAt > TOKEN_LIFETIME_MS
  )
    throw invalid('Token');
  if (subscription.pendingConfirmation) {
    subscription.pendingConfirmation = false;
    // Confirmed by a signed API call (an email link would be unauthenticated).
    subscription.confirmationWasAuthenticated = true;
    sim.emit({
      type: 'sns/subscription-confirmed',
      at: sim.now,
      topic: topicArn.slice(topicArn.lastIndexOf(':') + 1),
      subscription: subscription.arn,
      protocol: subscription.protocol,
      endpoint: subscription.endpoint,
    });
  }
  return { SubscriptionArn: subscription.arn };
}
