import { isRecord } from '../../../../engine/actors/config';
import type { UncheckedNode } from '../../../../engine/scenario/kinds';
import { validateFilterPolicy, validateFilterPolicyScope } from '../filterPolicy';

/** What a subscription edge carries: Subscribe's attributes, and the playground's two wirings. */
export interface SubscriptionEdgeConfig {
  /** RawMessageDelivery, FilterPolicy, FilterPolicyScope: AWS names, string values. */
  Attributes?: Record<string, string>;
  /** Absent or true: the loader adds a statement to the queue's policy letting the topic send. */
  QueuePolicyAllowsTopic?: boolean;
  /** The QueueName of the subscription's dead-letter queue (its RedrivePolicy). */
  DeadLetterQueue?: string;
}

const MEMBERS = ['Attributes', 'QueuePolicyAllowsTopic', 'DeadLetterQueue'];
const ATTRIBUTES = ['RawMessageDelivery', 'FilterPolicy', 'FilterPolicyScope'];

/**
 * A subscription edge's config, checked as Subscribe would take it: the filter policy by SNS's
 * own validator, so a policy AWS refuses is refused here with AWS's text.
 */
export function checkSubscriptionConfig({ id, config }: UncheckedNode, problems: string[]): void {
  const where = `edge ${id}`;
  const extra = Object.keys(config).find((k) => !MEMBERS.includes(k));
  if (extra !== undefined)
    problems.push(
      `${where}: unknown subscription config "${extra}" (allowed: ${MEMBERS.join(', ')}).`,
    );
  if (
    config.QueuePolicyAllowsTopic !== undefined &&
    typeof config.QueuePolicyAllowsTopic !== 'boolean'
  )
    problems.push(`${where}: QueuePolicyAllowsTopic must be true or false.`);
  const dlq = config.DeadLetterQueue;
  if (dlq !== undefined && (typeof dlq !== 'string' || dlq === ''))
    problems.push(`${where}: DeadLetterQueue must be the QueueName of a queue.`);
  if (config.Attributes === undefined) return;
  if (!isStringMap(config.Attributes))
    return void problems.push(
      `${where}: Attributes must map AWS attribute names to strings, e.g. {"RawMessageDelivery": "true"}.`,
    );
  const attributes = config.Attributes;
  for (const key of Object.keys(attributes))
    if (!ATTRIBUTES.includes(key))
      problems.push(
        `${where}: unknown subscription attribute "${key}" (allowed: ${ATTRIBUTES.join(', ')}; a dead-letter queue is DeadLetterQueue).`,
      );
  const raw = attributes.RawMessageDelivery;
  if (raw !== undefined && raw !== 'true' && raw !== 'false')
    problems.push(`${where}: RawMessageDelivery must be "true" or "false".`);
  const scope = attributes.FilterPolicyScope ?? 'MessageAttributes';
  const scopeError = validateFilterPolicyScope(scope, 'Subscribe');
  if (scopeError !== undefined) problems.push(`${where}: ${scopeError.message}`);
  const policy = attributes.FilterPolicy;
  if (policy === undefined || scopeError !== undefined) return;
  const checked = validateFilterPolicy(
    policy,
    scope === 'MessageBody' ? 'MessageBody' : 'MessageAttributes',
    'Subscribe',
  );
  if (checked.error !== undefined) problems.push(`${where}: ${checked.error.message}`);
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}
