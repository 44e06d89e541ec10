import { asInput, type Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import type { SnsSubscription, SnsTopic } from '../model';
import { page } from '../pagination';
import { subscriptionSummary } from '../subscriptions';

type Listing = { Subscriptions: ReturnType<typeof subscriptionSummary>[]; NextToken?: string };

/** [V] ListSubscriptions: every subscription of the account, 100 a page. */
export function listSubscriptions(sim: Sim, raw: unknown): Listing {
  return listing(asInput(raw), [...sim.state.sns.subscriptions.values()]);
}

/** [V] ListSubscriptionsByTopic: a topic's subscriptions, 100 a page. */
export function listSubscriptionsByTopic(sim: Sim, input: Input, topic: SnsTopic): Listing {
  const subscriptions = sim.state.sns.subscriptions;
  return listing(
    input,
    topic.subscriptions.flatMap((arn) => subscriptions.get(arn) ?? []),
  );
}

function listing(input: Input, subscriptions: SnsSubscription[]): Listing {
  const { items, nextToken } = page(input, subscriptions);
  const out: Listing = { Subscriptions: items.map(subscriptionSummary) };
  if (nextToken !== undefined) out.NextToken = nextToken;
  return out;
}
