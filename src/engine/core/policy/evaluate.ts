import { conditionsHold, wildcard, type RequestContext } from './conditions';
import type { PrincipalSpec, Statement } from './document';

/** Who is asking: an IAM principal of an account, or an AWS service principal. */
export type Principal =
  { kind: 'AWS'; account: string; arn: string } | { kind: 'Service'; service: string };

export interface PolicyRequest {
  principal: Principal;
  /** "<service>:<Action>" (matched case-insensitively, as IAM does). */
  action: string;
  resource: string;
  /** Condition keys, lower-cased. */
  context: RequestContext;
}

/**
 * [D] IAM policy evaluation logic, for one resource-based policy: an explicit Deny wins over any
 * Allow; otherwise an Allow that matches; otherwise nothing (an implicit deny).
 */
export function decide(
  statements: readonly Statement[],
  request: PolicyRequest,
): 'Allow' | 'Deny' | 'None' {
  let allowed = false;
  for (const statement of statements) {
    if (!applies(statement, request)) continue;
    if (statement.effect === 'Deny') return 'Deny';
    allowed = true;
  }
  return allowed ? 'Allow' : 'None';
}

function applies(s: Statement, r: PolicyRequest): boolean {
  if (s.principal !== undefined && !principalMatches(s.principal, r.principal)) return false;
  if (s.notPrincipal !== undefined && principalMatches(s.notPrincipal, r.principal)) return false;
  if (s.principal === undefined && s.notPrincipal === undefined) return false;
  if (s.action !== undefined && !s.action.some((a) => actionMatches(a, r.action))) return false;
  if (s.notAction !== undefined && s.notAction.some((a) => actionMatches(a, r.action)))
    return false;
  if (s.action === undefined && s.notAction === undefined) return false;
  if (s.resource !== undefined && !s.resource.some((p) => wildcard(p).test(r.resource)))
    return false;
  if (s.notResource !== undefined && s.notResource.some((p) => wildcard(p).test(r.resource)))
    return false;
  return conditionsHold(s.condition, r.context);
}

function actionMatches(pattern: string, action: string): boolean {
  return wildcard(pattern, 'i').test(action);
}

/**
 * "*" (or AWS "*") is everyone; an account id or its root ARN is every principal of that
 * account; a role or user ARN is that principal; Service names an AWS service.
 */
function principalMatches(spec: PrincipalSpec, principal: Principal): boolean {
  if (spec === '*') return true;
  return spec.some(({ kind, values }) =>
    values.some((value) => {
      if (kind === 'AWS' && value === '*') return true;
      if (kind === 'Service') return principal.kind === 'Service' && principal.service === value;
      if (kind !== 'AWS' || principal.kind !== 'AWS') return false;
      if (value === principal.account || value === `arn:aws:iam::${principal.account}:root`)
        return true;
      return value === principal.arn;
    }),
  );
}
