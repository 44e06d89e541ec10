import type { CallerIdentity } from '../core/identity';
import { isRecord } from './config';
import type { ActorRecord } from './state';

/**
 * The identity an actor calls AWS with, from its config (AccountId, UseHttps, ServicePrincipal,
 * SourceArn); undefined when it is the world's own account over HTTPS. Worked out once per config
 * object: a send is on the hot path.
 */
export function identityOf(actor: ActorRecord): CallerIdentity | undefined {
  const config = actor.config;
  if (known.has(config)) return known.get(config);
  // Any kind's config may name these: read as the plain data every config is.
  if (!isRecord(config)) return undefined;
  const identity: CallerIdentity = {};
  if (typeof config.AccountId === 'string') identity.accountId = config.AccountId;
  if (config.UseHttps === false) identity.secureTransport = false;
  if (typeof config.ServicePrincipal === 'string')
    identity.servicePrincipal = config.ServicePrincipal;
  if (typeof config.SourceArn === 'string') identity.sourceArn = config.SourceArn;
  const result = Object.keys(identity).length === 0 ? undefined : identity;
  known.set(config, result);
  return result;
}

const known = new WeakMap<object, CallerIdentity | undefined>();
