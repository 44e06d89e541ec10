import { sha256Hex } from '../../../engine/core/sha256';
import type { Sim } from '../../../engine/sim';
import type { SnsSubscription } from './model';

/** [D] A confirmation token is valid for 2 days (older documentation: 3). */
export const TOKEN_LIFETIME_MS = 2 * 24 * 3600 * 1000;

/**
 * A confirmation token for a pending subscription: long hex, like AWS's, made from the seed and a
 * counter so the same run gives the same tokens. SNS sends it to the endpoint (the event
 * sns/confirmation-requested carries it).
 */
export function issueToken(sim: Sim, subscription: SnsSubscription): string {
  const salt = `${sim.state.rng.seed}:${subscription.arn}:${sim.count('sns-token')}`;
  let token = '';
  for (let i = 0; token.length < 256; i++) token += sha256Hex(`${salt}:${i}`);
  sim.state.sns.tokens.set(token, {
    subscriptionArn: subscription.arn,
    topicArn: subscription.topicArn,
    issuedAt: sim.now,
  });
  sim.emit({
    type: 'sns/confirmation-requested',
    at: sim.now,
    topic: topicNameOf(subscription.topicArn),
    subscription: subscription.arn,
    protocol: subscription.protocol,
    endpoint: subscription.endpoint,
    token,
  });
  return token;
}

export function topicNameOf(topicArn: string): string {
  return topicArn.slice(topicArn.lastIndexOf(':') + 1);
}
