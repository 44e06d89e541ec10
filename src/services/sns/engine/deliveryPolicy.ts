import { readJson } from './jsonText';

/**
 * [V] A topic's EffectiveDeliveryPolicy: AWS's HTTP/S defaults (3 retries 20 s apart, linear,
 * text/plain) with the topic's DeliveryPolicy laid over them, member by member, in the
 * defaults' key order.
 */
const DEFAULT_HTTP = {
  defaultHealthyRetryPolicy: {
    minDelayTarget: 20,
    maxDelayTarget: 20,
    numRetries: 3,
    numMaxDelayRetries: 0,
    numNoDelayRetries: 0,
    numMinDelayRetries: 0,
    backoffFunction: 'linear',
  },
  disableSubscriptionOverrides: false,
  defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
};

export function effectiveDeliveryPolicy(deliveryPolicy: string | undefined): string {
  const reading = deliveryPolicy === undefined ? undefined : readJson(deliveryPolicy);
  const given = reading?.ok === true ? member(reading.value, 'http') : undefined;
  return JSON.stringify({ http: overlay(DEFAULT_HTTP, given) });
}

/** `base` with `over`'s members laid on it; objects one level down are laid member by member. */
function overlay(base: Record<string, unknown>, over: unknown): Record<string, unknown> {
  if (!isObject(over)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    const mine = Object.hasOwn(out, key) ? out[key] : undefined;
    const theirs = over[key];
    // Defined, not assigned: a policy's "__proto__" member stays a member.
    Object.defineProperty(out, key, {
      value: isObject(mine) && isObject(theirs) ? { ...mine, ...theirs } : theirs,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function member(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
