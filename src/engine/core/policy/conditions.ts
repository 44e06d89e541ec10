/**
 * The Condition element, as the IAM User Guide's "Condition operators" page describes it:
 * operators and keys are ANDed, the values of one key are ORed; key names are case-insensitive.
 * [D] "If the key that you specify in a policy condition is not present in the request context,
 * the values do not match and the condition is false. If the policy condition requires that the
 * key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the
 * condition is true." ...IfExists is true when the key is absent; Null tests presence.
 * Unknown keys are simply absent from the context, so they follow the same rule. Operators this
 * playground does not model (Numeric*, Date*, IpAddress, Binary) never match: their statement
 * does not apply.
 */
export type RequestContext = Readonly<Record<string, string>>;

type Compare = (actual: string, wanted: string) => boolean;

const POSITIVE: Record<string, Compare> = {
  StringEquals: (a, w) => a === w,
  StringEqualsIgnoreCase: (a, w) => a.toLowerCase() === w.toLowerCase(),
  StringLike: (a, w) => wildcard(w).test(a),
  ArnEquals: (a, w) => a === w,
  ArnLike: (a, w) => wildcard(w).test(a),
  Bool: (a, w) => a.toLowerCase() === w.toLowerCase(),
};

const NEGATED: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

/** Whether every condition of a statement holds for the request. */
export function conditionsHold(
  conditions: readonly [string, string, string[]][],
  context: RequestContext,
): boolean {
  return conditions.every(([operator, key, values]) =>
    holds(operator, context[key.toLowerCase()], values),
  );
}

function holds(rawOperator: string, actual: string | undefined, values: string[]): boolean {
  // Single-valued keys only here: a set qualifier reads as the plain operator.
  const operator = rawOperator.replace(/^For(Any|All)Values:/, '');
  if (operator === 'Null') {
    return values.some((v) => (v.toLowerCase() === 'true') === (actual === undefined));
  }
  const ifExists = operator.endsWith('IfExists');
  const base = ifExists ? operator.slice(0, -'IfExists'.length) : operator;
  if (actual === undefined) return ifExists || NEGATED[base] !== undefined;
  const negatedOf = NEGATED[base];
  const compare = POSITIVE[negatedOf ?? base];
  if (compare === undefined) return false;
  const matched = values.some((wanted) => compare(actual, wanted));
  return negatedOf === undefined ? matched : !matched;
}

const patterns = new Map<string, RegExp>();

/** IAM wildcards: * any run of characters, ? one character. */
export function wildcard(pattern: string, flags = ''): RegExp {
  const cacheKey = `${flags}/${pattern}`;
  let re = patterns.get(cacheKey);
  if (re === undefined) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, flags);
    if (patterns.size > 1024) patterns.clear();
    patterns.set(cacheKey, re);
  }
  return re;
}
