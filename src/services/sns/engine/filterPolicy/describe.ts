import type { Clause, Condition, Decimal, LeafValue } from './types';

/** Plain words for conditions and values, for a learner reading why a message went where. */

/** What one condition asks for, e.g. `a number >= 100`. */
export function describeCondition(condition: Condition): string {
  switch (condition.kind) {
    case 'equals':
      return quote(condition.value);
    case 'number':
      return `the number ${condition.value.text}`;
    case 'boolean':
      return String(condition.value);
    case 'null':
      return 'null';
    case 'prefix':
      return `a string starting with ${quote(condition.value)}${anyCase(condition.ignoreCase)}`;
    case 'suffix':
      return `a string ending with ${quote(condition.value)}${anyCase(condition.ignoreCase)}`;
    case 'equals-ignore-case':
      return `${quote(condition.value)} in any letter case`;
    case 'anything-but':
      return `anything but ${condition.values.map(valueWord).join(' or ')}`;
    case 'anything-but-prefix':
      return `anything not starting with ${condition.values.map(quote).join(' or ')}`;
    case 'anything-but-suffix':
      return `anything not ending with ${condition.values.map(quote).join(' or ')}`;
    case 'anything-but-ignore-case':
      return `anything but ${condition.values.map(quote).join(' or ')} in any letter case`;
    case 'numeric': {
      if (condition.equals !== undefined) return `a number = ${condition.equals.text}`;
      const parts = [];
      if (condition.lower !== undefined)
        parts.push(`${condition.lower.inclusive ? '>=' : '>'} ${condition.lower.value.text}`);
      if (condition.upper !== undefined)
        parts.push(`${condition.upper.inclusive ? '<=' : '<'} ${condition.upper.value.text}`);
      return `a number ${parts.join(' and ')}`;
    }
    case 'exists':
      return condition.value
        ? 'the key to be present (exists: true)'
        : 'the key to be absent (exists: false)';
    case 'cidr':
      return `an IP address in ${condition.text}`;
  }
}

/** What a key's list asks for: its conditions joined by "or". */
export function describeClauses(clauses: readonly Clause[]): string {
  return clauses.map((clause) => describeCondition(clause.condition)).join(' or ');
}

/** A message value as JSON text: "rugby", 99.5, true, null. */
export function valueText(value: LeafValue): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return value.value.text;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
  }
}

/** Several values as a JSON array, one as itself. */
export function valuesText(values: readonly LeafValue[]): string {
  return values.length === 1 && values[0] !== undefined
    ? valueText(values[0])
    : `[${values.map(valueText).join(',')}]`;
}

/** Why a value of the right look did not match: a string is never a number, and back. */
export function typeHint(clauses: readonly Clause[], values: readonly LeafValue[]): string {
  const wantsNumber = clauses.some(
    (c) => c.condition.kind === 'number' || c.condition.kind === 'numeric',
  );
  const wantsString = clauses.some((c) => c.condition.kind === 'equals');
  if (wantsNumber && values.some((v) => v.kind === 'string' && /^-?\d/.test(v.value)))
    return ' (a string that looks like a number is still a string: numbers match only numbers)';
  if (wantsString && values.some((v) => v.kind === 'number'))
    return ' (a number never equals a string in a filter policy: write the policy value unquoted)';
  return '';
}

function valueWord(value: string | Decimal): string {
  return typeof value === 'string' ? quote(value) : value.text;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function anyCase(ignoreCase: boolean): string {
  return ignoreCase ? ' in any letter case' : '';
}
