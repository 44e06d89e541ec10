import type { RequestContext } from './policy/conditions';
import type { Principal } from './policy/evaluate';

/**
 * Who a call comes from, when it is not the world's own account over HTTPS: an actor configured
 * as another account (AccountId), as a plain-HTTP client (UseHttps false) or as an AWS service
 * (ServicePrincipal, with the SourceArn of the topic, bucket or rule it sends for).
 */
export interface CallerIdentity {
  accountId?: string;
  secureTransport?: boolean;
  servicePrincipal?: string;
  sourceArn?: string;
  /** aws:SourceAccount, for a source whose ARN names no account (an S3 bucket's). */
  sourceAccount?: string;
}

/** The principal a call is evaluated as; the caller name becomes the role's session. */
export function principalOf(
  identity: CallerIdentity | undefined,
  ownerAccount: string,
  caller: string,
): Principal {
  if (identity?.servicePrincipal !== undefined)
    return { kind: 'Service', service: identity.servicePrincipal };
  const account = identity?.accountId ?? ownerAccount;
  const arn =
    caller === 'api'
      ? `arn:aws:iam::${account}:user/playground`
      : `arn:aws:sts::${account}:assumed-role/${caller}/${caller}`;
  return { kind: 'AWS', account, arn };
}

/** The global condition keys of a request, lower-cased (IAM keys are case-insensitive). */
export function globalContext(
  identity: CallerIdentity | undefined,
  principal: Principal,
): Record<string, string> {
  const context: Record<string, string> = {
    'aws:securetransport': String(identity?.secureTransport ?? true),
  };
  if (principal.kind === 'AWS') {
    context['aws:principalaccount'] = principal.account;
    context['aws:principalarn'] = principal.arn;
  } else {
    // [D] Service principals send aws:SourceArn / aws:SourceAccount of the resource they act for.
    context['aws:principalservicename'] = principal.service;
    if (identity?.sourceArn !== undefined) context['aws:sourcearn'] = identity.sourceArn;
    const account = identity?.sourceAccount ?? identity?.sourceArn?.split(':')[4];
    if (account !== undefined && account !== '') context['aws:sourceaccount'] = account;
  }
  return context;
}

export type { RequestContext };
