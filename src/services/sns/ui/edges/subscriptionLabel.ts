import type { ScenarioEdge } from '../../../../engine';

/** What a subscription edge shows of its settings, in words, and its filter policy if any. */
export function subscriptionLabel(edge: ScenarioEdge): {
  words: string[];
  filter: string | undefined;
  blocked: boolean;
} {
  const config = edge.config ?? {};
  const attributes = (config.Attributes ?? {}) as Record<string, unknown>;
  const words = ['sqs'];
  if (attributes.RawMessageDelivery === 'true') words.push('raw');
  if (typeof config.DeadLetterQueue === 'string') words.push(`DLQ ${config.DeadLetterQueue}`);
  const filter = typeof attributes.FilterPolicy === 'string' ? attributes.FilterPolicy : undefined;
  return { words, filter, blocked: config.QueuePolicyAllowsTopic === false };
}
