import { invalid, snsErrors } from './errors';
import {
  validateFilterPolicy,
  validateFilterPolicyScope,
  type FilterPolicyCall,
  type FilterPolicyScope,
} from './filterPolicy';
import { readJson } from './jsonText';
import type { SnsState, SnsSubscription, SnsTopic } from './model';
import { checkRedrivePolicy } from './redrivePolicy';

/** [D] BOTO SetSubscriptionAttributes: the attributes a subscription may set. */
const SETTABLE = new Set([
  'DeliveryPolicy',
  'FilterPolicy',
  'FilterPolicyScope',
  'RawMessageDelivery',
  'RedrivePolicy',
  'SubscriptionRoleArn',
  'ReplayPolicy',
]);

/** [D] Service Quotas: filter policies per topic. */
export const FILTER_POLICIES_PER_TOPIC = 200;

/** What the other checks need to know about the subscription an attribute is for. */
export interface SubscriptionContext {
  state: SnsState;
  topic: SnsTopic;
  endpoint: string;
  /** The subscription when it exists (SetSubscriptionAttributes, or Subscribe again). */
  existing?: SnsSubscription;
  /** Subscribe: every attribute the call gives (a FilterPolicy is read under the scope given). */
  given?: ReadonlyMap<string, string>;
}

/**
 * Checks one attribute and returns the value to keep ("" removes it). Subscribe words its
 * refusals "Invalid parameter: Attributes Reason: ...", SetSubscriptionAttributes "Invalid
 * parameter: ..." ([V] both, RawMessageDelivery). A FilterPolicy is validated by the
 * filter-policy module under the scope it will have; a new scope re-validates the policy already
 * set ([V] a nested policy is refused under MessageAttributes).
 */
export function checkSubscriptionAttribute(
  name: string,
  value: string,
  context: SubscriptionContext,
  onSubscribe: boolean,
): string {
  const prefix = onSubscribe ? 'Attributes Reason: ' : '';
  if (!SETTABLE.has(name)) throw invalid(`${prefix}AttributeName`);
  switch (name) {
    case 'RawMessageDelivery': {
      const lower = value.toLowerCase();
      if (lower !== 'true' && lower !== 'false')
        throw invalid(
          `${prefix}RawMessageDelivery: Invalid value [${value}]. Must be true or false.`,
        );
      return lower;
    }
    case 'FilterPolicyScope': {
      const refusal = validateFilterPolicyScope(value, callOf(onSubscribe));
      if (refusal !== undefined) throw refusal;
      const policy = onSubscribe ? undefined : context.existing?.attributes.get('FilterPolicy');
      if (policy !== undefined) checkFilterPolicy(policy, scopeOf(value), onSubscribe);
      return value;
    }
    case 'FilterPolicy':
      if (value === '') return value;
      checkFilterPolicy(value, filterPolicyScope(context, onSubscribe), onSubscribe);
      checkFilterPolicyQuota(context);
      return value;
    case 'RedrivePolicy':
      if (value !== '')
        checkRedrivePolicy(value, prefix, {
          fifoTopic: context.topic.fifo,
          endpoint: context.endpoint,
          region: context.state.region,
          account: context.state.accountId,
        });
      return value;
    case 'DeliveryPolicy':
    case 'ReplayPolicy':
      if (value !== '') checkJson(name, value, prefix);
      return value;
    default:
      return value;
  }
}

const callOf = (onSubscribe: boolean): FilterPolicyCall =>
  onSubscribe ? 'Subscribe' : 'SetSubscriptionAttributes';

const scopeOf = (value: string | undefined): FilterPolicyScope =>
  value === 'MessageBody' ? 'MessageBody' : 'MessageAttributes';

/** The scope a FilterPolicy will be read under: Subscribe's own, else the subscription's. */
function filterPolicyScope(context: SubscriptionContext, onSubscribe: boolean): FilterPolicyScope {
  const attributes = onSubscribe ? context.given : context.existing?.attributes;
  return scopeOf(attributes?.get('FilterPolicyScope'));
}

function checkFilterPolicy(value: string, scope: FilterPolicyScope, onSubscribe: boolean): void {
  const { error } = validateFilterPolicy(value, scope, callOf(onSubscribe));
  if (error !== undefined) throw error;
}

function checkJson(name: string, value: string, prefix: string): void {
  const reading = readJson(value);
  if (!reading.ok) throw invalid(`${prefix}${name}: failed to parse JSON. ${reading.problem}`);
}

/** [D] A topic takes at most 200 subscriptions with a filter policy. */
function checkFilterPolicyQuota(context: SubscriptionContext): void {
  if (context.existing?.attributes.has('FilterPolicy') === true) return;
  const withPolicy = context.topic.subscriptions.filter(
    (arn) => context.state.subscriptions.get(arn)?.attributes.has('FilterPolicy') === true,
  ).length;
  if (withPolicy >= FILTER_POLICIES_PER_TOPIC) throw snsErrors.filterPolicyLimitExceeded();
}

/** The value an attribute has when it was never set: what Subscribe's idempotency compares. */
export function subscriptionAttributeValue(
  subscription: SnsSubscription,
  name: string,
): string | undefined {
  const value = subscription.attributes.get(name);
  if (value !== undefined) return value;
  if (name === 'RawMessageDelivery') return 'false';
  if (name === 'FilterPolicyScope') return 'MessageAttributes';
  return undefined;
}

/**
 * [V] GetSubscriptionAttributes. FilterPolicyScope shows only while a FilterPolicy is set
 * (default MessageAttributes).
 */
export function subscriptionAttributesView(subscription: SnsSubscription): Record<string, string> {
  const view: Record<string, string> = {
    ConfirmationWasAuthenticated: String(subscription.confirmationWasAuthenticated),
    Endpoint: subscription.endpoint,
    Owner: subscription.owner,
    PendingConfirmation: String(subscription.pendingConfirmation),
    Protocol: subscription.protocol,
    RawMessageDelivery: 'false',
    SubscriptionArn: subscription.arn,
    SubscriptionPrincipal: subscription.principal,
    TopicArn: subscription.topicArn,
  };
  for (const [name, value] of subscription.attributes)
    if (name !== 'FilterPolicyScope') view[name] = value;
  if (subscription.attributes.has('FilterPolicy'))
    view.FilterPolicyScope =
      subscription.attributes.get('FilterPolicyScope') ?? 'MessageAttributes';
  return Object.fromEntries(
    Object.keys(view)
      .sort()
      .map((k) => [k, view[k] as string]),
  );
}
