import type { Input } from '../../../engine/core/input';
import { invalid, snsErrors } from './errors';
import type { SnsState, SnsSubscription, SnsTopic } from './model';

/** Topic and subscription ARNs as SNS reads them, with the errors AWS gives for each flaw. */
export function topicArnOf(state: SnsState, name: string): string {
  return `arn:aws:sns:${state.region}:${state.accountId}:${name}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** [V] "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1". */
export function checkArn(member: string, value: unknown): string {
  if (value === undefined || value === null)
    throw invalid(`${member} Reason: no value for required parameter`);
  if (typeof value !== 'string') throw invalid(member);
  const elements = value.split(':').length;
  if (elements < 6)
    throw invalid(`${member} Reason: An ARN must have at least 6 elements, not ${elements}`);
  return value;
}

/** A well-formed TopicArn of this region ([V] another region: "Invalid parameter: TopicArn"). */
export function topicArnFromInput(state: SnsState, input: Input, member = 'TopicArn'): string {
  const arn = checkArn(member, input[member]);
  if (arn.split(':')[3] !== state.region) throw invalid(member);
  return arn;
}

/** [V] GetTopicAttributes and the others on a topic that is not there: NotFound (HTTP 404). */
export function requireTopic(state: SnsState, arn: string): SnsTopic {
  const topic = state.topics.get(arn);
  if (topic === undefined) throw snsErrors.notFound('Topic does not exist');
  return topic;
}

/**
 * A SubscriptionArn: under 6 elements, the ARN error; not `<topic ARN>:<id>` of SNS, [V]
 * "Invalid parameter: SubscriptionId"; otherwise well-formed (it may name nothing).
 */
export function subscriptionArnFromInput(input: Input): string {
  const arn = checkArn('SubscriptionArn', input.SubscriptionArn);
  const parts = arn.split(':');
  if (parts.length !== 7 || parts[0] !== 'arn' || parts[2] !== 'sns' || !UUID.test(parts[6] ?? ''))
    throw invalid('SubscriptionId');
  return arn;
}

/** [V] Get/SetSubscriptionAttributes on a subscription that is not there: NotFound (404). */
export function requireSubscription(state: SnsState, arn: string): SnsSubscription {
  const subscription = state.subscriptions.get(arn);
  if (subscription === undefined) throw snsErrors.notFound('Subscription does not exist');
  return subscription;
}

/** The parts of an ARN (`arn:partition:service:region:account:resource`), if it is one. */
export function parseArn(
  arn: string,
): { service: string; region: string; account: string; resource: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return {
    service: parts[2] ?? '',
    region: parts[3] ?? '',
    account: parts[4] ?? '',
    resource: parts.slice(5).join(':'),
  };
}
