import type { Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { invalid, snsErrors } from '../errors';
import type { SnsTopic } from '../model';
import { optionalList, requiredString } from '../snsInput';
import { readTopicPolicy } from '../topicPolicy';

/** [I] The topic actions AddPermission may grant (LocalStack's list, after the API reference). */
const GRANTABLE = new Set([
  'GetTopicAttributes',
  'SetTopicAttributes',
  'AddPermission',
  'RemovePermission',
  'DeleteTopic',
  'Subscribe',
  'ListSubscriptionsByTopic',
  'Publish',
  'Receive',
]);

/**
 * [D] AddPermission: a statement (Sid = Label) letting these accounts do these actions on the
 * topic. [I] A label already used: "Invalid parameter: Statement already exists"; an action SNS
 * does not have: "Invalid parameter: Policy statement action out of service scope!".
 */
export function addPermission(sim: Sim, input: Input, topic: SnsTopic): Record<string, never> {
  const label = requiredString(input, 'Label');
  const accounts = strings(input, 'AWSAccountId', 'aWSAccountId');
  const actions = strings(input, 'ActionName', 'actionName');
  const policy = readTopicPolicy(topic, sim.state.sns.accountId);
  if (policy.Statement.some((s) => sidOf(s) === label)) throw invalid('Statement already exists');
  if (actions.some((a) => !GRANTABLE.has(a)))
    throw invalid('Policy statement action out of service scope!');
  const principals = accounts.map((a) => `arn:aws:iam::${a}:root`);
  const granted = actions.map((a) => `SNS:${a}`);
  policy.Statement.push({
    Sid: label,
    Effect: 'Allow',
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: granted.length === 1 ? granted[0] : granted,
    Resource: topic.arn,
  });
  topic.attributes.set('Policy', JSON.stringify(policy));
  return {};
}

/** [I] RemovePermission: drops the statement with that Sid (none: nothing changes). */
export function removePermission(sim: Sim, input: Input, topic: SnsTopic): Record<string, never> {
  const label = requiredString(input, 'Label');
  const policy = readTopicPolicy(topic, sim.state.sns.accountId);
  const kept = policy.Statement.filter((s) => sidOf(s) !== label);
  if (kept.length !== policy.Statement.length)
    topic.attributes.set('Policy', JSON.stringify({ ...policy, Statement: kept }));
  return {};
}

function strings(input: Input, member: string, wire: string): string[] {
  const list = optionalList(input, member);
  if (list === undefined || list.length === 0) throw snsErrors.validation(wire);
  if (list.some((v) => typeof v !== 'string')) throw invalid(member);
  return list as string[];
}

/** A statement's Sid (a policy set by hand may hold anything in its list). */
function sidOf(statement: unknown): unknown {
  return typeof statement === 'object' && statement !== null
    ? (statement as { Sid?: unknown }).Sid
    : undefined;
}
