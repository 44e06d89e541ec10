import { globalContext, principalOf } from '../../../engine/core/identity';
import { statementsOf } from '../../../engine/core/policy/document';
import { decide } from '../../../engine/core/policy/evaluate';
import { Sim, type ReplyTo } from '../../../engine/sim';
import { kmsErrors } from './errors';
import type { KmsKey } from './model';

/**
 * [D] KMS DG key-policies: "no principal has any permissions on a KMS key unless they are
 * explicitly allowed" by the key policy (the default policy delegates to the account's IAM
 * policies, taken here to allow). kms:CallerAccount and kms:ViaService are set as KMS sets them:
 * the caller's account, and the service that called on the caller's behalf.
 */
export function authorizeKeyUse(sim: Sim, key: KmsKey, action: string, replyTo: ReplyTo): void {
  const identity = Sim.identity(replyTo);
  const state = sim.state.kms;
  const principal = principalOf(identity, state.accountId, Sim.caller(replyTo));
  const context = globalContext(identity, principal);
  if (principal.kind === 'AWS') context['kms:calleraccount'] = principal.account;
  if (replyTo.to === 'service')
    context['kms:viaservice'] = `${replyTo.via}.${state.region}.amazonaws.com`;
  const decision = decide(statementsOf(key.policy), {
    principal,
    action,
    resource: key.arn,
    context,
  });
  if (decision === 'Allow') return;
  const who = principal.kind === 'AWS' ? principal.arn : principal.service;
  throw kmsErrors.accessDenied(who, action, key.arn, decision === 'Deny');
}
