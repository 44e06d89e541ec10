import type { SnsState, SnsTopic } from './model';

/** A topic's subscriptions by state, as SubscriptionsConfirmed / SubscriptionsPending count them. */
export function countsOf(state: SnsState, topic: SnsTopic): { confirmed: number; pending: number } {
  let confirmed = 0;
  let pending = 0;
  for (const arn of topic.subscriptions) {
    const subscription = state.subscriptions.get(arn);
    if (subscription === undefined) continue;
    if (subscription.pendingConfirmation) pending++;
    else confirmed++;
  }
  return { confirmed, pending };
}
