import { globalContext, principalOf } from '../../../engine/core/identity';
import { statementsOf } from '../../../engine/core/policy/document';
import { decide } from '../../../engine/core/policy/evaluate';
import { Sim, type ReplyTo } from '../../../engine/sim';
import { snsErrors } from './errors';
import type { SnsTopic } from './model';
import { topicPolicyText } from './topicPolicy';

/**
 * [D] SNS access control, as for SQS queues: within the topic's account a call is allowed unless
 * the topic policy denies it; from another account or an AWS service the policy must allow it.
 * The default policy allows the topic's own account (AWS:SourceOwner), so another account needs
 * AddPermission or a policy of its own. Calls through the door are the owner's.
 */
export function authorizeTopic(sim: Sim, topic: SnsTopic, action: string, replyTo: ReplyTo): void {
  const identity = Sim.identity(replyTo);
  const owner = sim.state.sns.accountId;
  if (identity === undefined && !topic.attributes.has('Policy')) return;
  const principal = principalOf(identity, owner, Sim.caller(replyTo));
  const sameAccount = principal.kind === 'AWS' && principal.account === owner;
  const context = { ...globalContext(identity, principal) };
  if (principal.kind === 'AWS') context['aws:sourceowner'] = principal.account;
  const decision = decide(statementsOf(topicPolicyText(topic, owner)), {
    principal,
    action: `SNS:${action}`,
    resource: topic.arn,
    context,
  });
  if (decision === 'Deny' || (!sameAccount && decision !== 'Allow')) {
    const who = principal.kind === 'AWS' ? principal.arn : principal.service;
    throw snsErrors.authorization(
      `User: ${who} is not authorized to perform: SNS:${action} on resource: ${topic.arn} ${
        decision === 'Deny'
          ? 'with an explicit deny in a resource-based policy'
          : `because no resource-based policy allows the SNS:${action} action`
      }`,
    );
  }
}
