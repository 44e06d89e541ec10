import { anythingButCondition, TOO_MANY } from './anythingBut';
import { parseCidr } from './ipAddress';
import type { JsonObject, JsonValue } from './jsonReader';
import { numericCondition } from './numericExpression';
import { refuse } from './policyError';
import type { Condition } from './types';

const ONE_KEY = 'Only one key allowed in match expression';

/**
 * One {"operator": operand} of a key's list, checked in the order SNS's matcher reads it: the
 * operator, then its operand, then whether anything follows in the same object. The operators
 * are those the SNS Developer Guide lists; "wildcard" and "exactly" (EventBridge's) are not
 * among them and are refused as unrecognized.
 */
export function matchCondition(expression: JsonObject): Condition {
  const first = expression.entries().next();
  if (first.done === true) return refuse('Match expression name not found');
  const [name, operand] = first.value;
  switch (name) {
    case 'prefix':
    case 'suffix':
      if (operand instanceof Map) return alone(expression, ignoreCaseAffix(name, operand));
      return alone(expression, {
        kind: name,
        value: stringOperand(operand, `${name} match pattern must be a string`),
        ignoreCase: false,
      });
    case 'equals-ignore-case':
      return alone(expression, {
        kind: name,
        value: stringOperand(operand, 'equals-ignore-case match pattern must be a string'),
        ignoreCase: true,
      });
    case 'numeric':
      return alone(expression, numericCondition(operand), TOO_MANY);
    case 'anything-but':
      return alone(expression, anythingButCondition(operand), TOO_MANY);
    case 'exists':
      if (typeof operand !== 'boolean')
        refuse('exists match pattern must be either true or false.');
      return alone(expression, { kind: 'exists', value: operand });
    case 'cidr': {
      // Sic: event-ruler reuses the prefix wording for a cidr that is not a string.
      const text = stringOperand(operand, 'prefix match pattern must be a string');
      const range = parseCidr(text);
      if ('error' in range) refuse(range.error);
      return alone(expression, { kind: 'cidr', text, low: range.low, high: range.high });
    }
    default:
      return refuse(`Unrecognized match type ${name}`);
  }
}

/** {"prefix": {"equals-ignore-case": "abc"}} and the same for suffix. */
function ignoreCaseAffix(name: 'prefix' | 'suffix', operand: JsonObject): Condition {
  const label = name === 'prefix' ? 'Prefix' : 'Suffix';
  const first = operand.entries().next();
  if (first.done === true) return refuse(`${label} expression name not found`);
  const [inner, value] = first.value;
  if (inner !== 'equals-ignore-case') refuse(`Unsupported ${name} pattern: ${inner}`);
  const text = stringOperand(value, 'equals-ignore-case match pattern must be a string');
  return alone(operand, { kind: name, value: text, ignoreCase: true });
}

function stringOperand(operand: JsonValue, reason: string): string {
  return typeof operand === 'string' ? operand : refuse(reason);
}

/** The operator must be the object's only key. */
function alone(expression: JsonObject, condition: Condition, reason = ONE_KEY): Condition {
  if (expression.size > 1) refuse(reason);
  return condition;
}
