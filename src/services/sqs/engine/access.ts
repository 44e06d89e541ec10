import { AwsError } from '../../../engine/core/errors';
import { globalContext, principalOf } from '../../../engine/core/identity';
import { statementsOf } from '../../../engine/core/policy/document';
import { decide } from '../../../engine/core/policy/evaluate';
import { Sim, type ReplyTo } from '../../../engine/sim';
import { GRANTABLE } from './actions/addPermission';
import type { SqsQueue } from './model';

/**
 * [D] SQS DG sqs-using-identity-based-policies / IAM policy evaluation logic: within the queue's
 * account, a call is allowed unless the queue policy denies it explicitly (the caller's own IAM
 * policies are taken to allow: they are not simulated). From another account, or from an AWS
 * service (SNS, S3, EventBridge), the queue policy must allow it too; an explicit Deny always
 * wins. Actions other than those AddPermission can grant are the queue owner's alone.
 */
export function authorizeQueue(sim: Sim, queue: SqsQueue, action: string, replyTo: ReplyTo): void {
  const identity = Sim.identity(replyTo);
  const policy = queue.attributes.Policy;
  if (identity === undefined && policy === undefined) return;
  const owner = sim.state.sqs.accountId;
  const principal = principalOf(identity, owner, Sim.caller(replyTo));
  const sameAccount = principal.kind === 'AWS' && principal.account === owner;
  if (!sameAccount && !GRANTABLE.has(action)) throw accessDenied(sim);
  const decision = decide(statementsOf(policy), {
    principal,
    action: `sqs:${action}`,
    resource: queue.arn,
    context: globalContext(identity, principal),
  });
  if (decision === 'Deny' || (!sameAccount && decision !== 'Allow')) throw accessDenied(sim);
}

/** [D] What SQS answers (HTTP 403): "Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied." */
function accessDenied(sim: Sim): AwsError {
  return new AwsError(
    'AccessDenied',
    `Access to the resource https://sqs.${sim.state.sqs.region}.amazonaws.com/ is denied.`,
    { status: 403 },
  );
}
