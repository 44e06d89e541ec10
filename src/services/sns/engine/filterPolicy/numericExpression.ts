import { compareDecimals, decimalOfToken } from './decimal';
import { JsonNumber, type JsonValue } from './jsonReader';
import { refuse, tokenText } from './policyError';
import type { Bound, Condition, Decimal } from './types';

/**
 * {"numeric": [...]} as SNS's matcher (event-ruler's processNumericMatchExpression) reads it: one
 * comparison ("=", "<", "<=", ">", ">=") or a range written lower bound first, each refusal with
 * its own words. Bounds that are equal at five decimals make an empty range.
 */
export function numericCondition(operand: JsonValue): Condition {
  if (!Array.isArray(operand)) refuse('Value of numeric must be an array.');
  const [first, value, next, top] = operand;
  if (typeof first !== 'string') refuse(`Invalid member in numeric match: ${tokenText(first)}`);
  const operator = first;
  switch (operator) {
    case '=':
      return single(operand, { kind: 'numeric', equals: numberAfter(value, 'equals') });
    case '<':
    case '<=':
      return single(operand, {
        kind: 'numeric',
        upper: { value: numberAfter(value, operator), inclusive: operator === '<=' },
      });
    case '>':
    case '>=': {
      const lower = { value: numberAfter(value, operator), inclusive: operator === '>=' };
      if (operand.length === 2) return { kind: 'numeric', lower };
      if (typeof next !== 'string') refuse(`Bad value in numeric range: ${tokenText(next)}`);
      if (next !== '<' && next !== '<=') refuse(`Bad numeric range operator: ${next}`);
      const upper: Bound = { value: numberAfter(top, next), inclusive: next === '<=' };
      if (operand.length > 4) refuse('Too many terms in numeric range expression');
      if ((compareDecimals(lower.value, upper.value) ?? -1) >= 0)
        refuse('Bottom must be less than top');
      return { kind: 'numeric', lower, upper };
    }
    default:
      return refuse(`Unrecognized numeric range operator: ${operator}`);
  }
}

function numberAfter(value: JsonValue | undefined, operator: string): Decimal {
  if (!(value instanceof JsonNumber)) refuse(`Value of ${operator} must be numeric`);
  return decimalOfToken(value);
}

/** A single comparison ends the array. */
function single(operand: readonly JsonValue[], condition: Condition): Condition {
  if (operand.length > 2) refuse('Too many elements in numeric expression');
  return condition;
}
