import { compareDecimals } from './decimal';
import { inRange, ipOf, sameIp } from './ipAddress';
import type { Bound, Condition, Decimal, LeafValue } from './types';

/**
 * Whether one present value satisfies one condition. Types never mix: a policy string matches
 * only strings, a policy number only numbers ({"price": [100]} does not match the String "100").
 * anything-but is the exception by its nature: it matches any present value that is not one of
 * its own, so {"anything-but": ["100"]} matches the Number 100. "exists" is decided by presence,
 * not here.
 */
export function satisfies(condition: Condition, actual: LeafValue): boolean {
  switch (condition.kind) {
    case 'equals':
      if (actual.kind !== 'string') return false;
      // A policy string that is an IP address matches that address however it is written.
      if (condition.ip === undefined) return actual.value === condition.value;
      return sameIpText(actual.value, condition.ip);
    case 'number':
      return actual.kind === 'number' && equalNumbers(actual.value, condition.value);
    case 'boolean':
      return actual.kind === 'boolean' && actual.value === condition.value;
    case 'null':
      return actual.kind === 'null';
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
      return actual.kind === 'string' && affix(condition.kind, actual.value, condition);
    case 'anything-but':
      return !condition.values.some((v) =>
        typeof v === 'string'
          ? actual.kind === 'string' && actual.value === v
          : actual.kind === 'number' && equalNumbers(actual.value, v),
      );
    case 'anything-but-prefix':
      return !condition.values.some((v) => actual.kind === 'string' && actual.value.startsWith(v));
    case 'anything-but-suffix':
      return !condition.values.some((v) => actual.kind === 'string' && actual.value.endsWith(v));
    case 'anything-but-ignore-case':
      return !condition.values.some(
        (v) => actual.kind === 'string' && sameLetters(actual.value, v),
      );
    case 'numeric':
      return actual.kind === 'number' && inNumericRange(actual.value, condition);
    case 'cidr': {
      const ip = actual.kind === 'string' ? ipOf(actual.value) : undefined;
      return ip !== undefined && inRange(ip, condition.low, condition.high);
    }
    case 'exists':
      return condition.value;
  }
}

function affix(
  kind: 'prefix' | 'suffix' | 'equals-ignore-case',
  actual: string,
  condition: { readonly value: string; readonly ignoreCase: boolean },
): boolean {
  const fold = (text: string) => (condition.ignoreCase ? text.toLowerCase() : text);
  const [value, wanted] = [fold(actual), fold(condition.value)];
  if (kind === 'prefix') return value.startsWith(wanted);
  if (kind === 'suffix') return value.endsWith(wanted);
  return sameLetters(actual, condition.value);
}

/** Equal but for letter case, in either direction of folding (as Java's equalsIgnoreCase). */
function sameLetters(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
}

function sameIpText(text: string, ip: readonly number[]): boolean {
  const actual = ipOf(text);
  return actual !== undefined && sameIp(actual, ip);
}

function equalNumbers(a: Decimal, b: Decimal): boolean {
  return compareDecimals(a, b) === 0;
}

function inNumericRange(
  value: Decimal,
  range: { readonly lower?: Bound; readonly upper?: Bound; readonly equals?: Decimal },
): boolean {
  if (range.equals !== undefined) return equalNumbers(value, range.equals);
  return within(value, range.lower, 1) && within(value, range.upper, -1);
}

/** `side` 1: value must be above the bound; -1: below it. */
function within(value: Decimal, bound: Bound | undefined, side: 1 | -1): boolean {
  if (bound === undefined) return true;
  const order = compareDecimals(value, bound.value);
  if (order === undefined) return false;
  return order * side > 0 || (order === 0 && bound.inclusive);
}
