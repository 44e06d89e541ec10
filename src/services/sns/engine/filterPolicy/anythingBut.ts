import { decimalOfToken } from './decimal';
import { JsonNumber, type JsonValue } from './jsonReader';
import { refuse } from './policyError';
import type { Condition, Decimal } from './types';

export const TOO_MANY = 'Too many elements in numeric expression';
const VALUE_SHAPE = 'Value of anything-but must be an array or single string/number value.';

/**
 * {"anything-but": ...} as event-ruler reads it: one string or number, a list of strings or of
 * numbers (not both), or {"prefix" | "suffix" | "equals-ignore-case": a string or a list of
 * strings}. SNS accepts "suffix" and "equals-ignore-case" here today (2026 captures admit
 * {"anything-but": {"suffix": ".tmp"}}); older answers refused them.
 */
export function anythingButCondition(operand: JsonValue): Condition {
  if (operand instanceof Map) return anythingButOperator(operand);
  if (Array.isArray(operand)) return { kind: 'anything-but', values: valueList(operand) };
  if (typeof operand === 'string') return { kind: 'anything-but', values: [operand] };
  if (operand instanceof JsonNumber)
    return { kind: 'anything-but', values: [decimalOfToken(operand)] };
  return refuse(VALUE_SHAPE);
}

function valueList(items: readonly JsonValue[]): (string | Decimal)[] {
  const values = items.map((item) => {
    if (typeof item === 'string') return item;
    if (item instanceof JsonNumber) return decimalOfToken(item);
    return refuse('Inside anything but list, start|null|boolean is not supported.');
  });
  const strings = values.filter((v) => typeof v === 'string').length;
  if (values.length === 0 || (strings > 0 && strings < values.length))
    refuse(
      'Inside anything but list, either all values are number or string, mixed type is not supported',
    );
  return values;
}

const OPERATORS = {
  prefix: 'anything-but-prefix',
  suffix: 'anything-but-suffix',
  'equals-ignore-case': 'anything-but-ignore-case',
} as const;

function anythingButOperator(operand: Map<string, JsonValue>): Condition {
  const first = operand.entries().next();
  if (first.done === true) return refuse('Anything-But expression name not found');
  const [name, inner] = first.value;
  if (!Object.hasOwn(OPERATORS, name)) refuse(`Unsupported anything-but pattern: ${name}`);
  const kind = OPERATORS[name as keyof typeof OPERATORS];
  const items = Array.isArray(inner) ? inner : [inner];
  if (!Array.isArray(inner) && typeof inner !== 'string' && !(inner instanceof JsonNumber))
    refuse(VALUE_SHAPE);
  const values = items.map((item) => {
    if (typeof item !== 'string')
      return refuse(
        kind === 'anything-but-ignore-case'
          ? 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.'
          : 'prefix/suffix match pattern must be a string',
      );
    if (item === '' && kind !== 'anything-but-ignore-case')
      refuse('Null prefix/suffix not allowed');
    return item;
  });
  if (operand.size > 1) refuse(TOO_MANY);
  return { kind, values };
}
