import { decimalOf, decimalOfToken } from './decimal';
import { JsonNumber, readJson, type JsonValue } from './jsonReader';
import type { Leaf, LeafValue, MessageAttributeValue } from './types';

/**
 * A message's attributes as the filter sees them ([D] sns-subscription-filter-policies,
 * string-value-matching; native captures):
 * - String (and String.<label>): the value, with " and \ escaped, which is why a policy must
 *   double-escape them ([D] "Important" note on attribute-based filtering).
 * - Number (and Number.<label>): the number, if it is written as JSON writes numbers; ".5" is
 *   published fine but cannot be filtered on.
 * - String.Array: each element of the JSON array separately; [] is as if the attribute were absent.
 * - Binary: not compared; the attribute is as if absent, though the message still has attributes.
 * One attribute that cannot be read (a String.Array that is not a JSON array of scalars, a Number
 * SNS cannot parse) filters the whole message out, whether or not the policy names it.
 */
export type AttributeReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly name: string; readonly reason: string }
  | {
      readonly kind: 'read';
      readonly leaves: ReadonlyMap<string, readonly Leaf[]>;
      /** Binary attributes: present, never compared. */
      readonly ignored: ReadonlySet<string>;
    };

export function readAttributes(
  attributes: Readonly<Record<string, MessageAttributeValue>> | undefined,
): AttributeReading {
  const names = attributes === undefined ? [] : Object.keys(attributes);
  if (attributes === undefined || names.length === 0) return { kind: 'none' };
  const leaves = new Map<string, Leaf[]>();
  const ignored = new Set<string>();
  for (const name of names) {
    const attribute = attributes[name];
    const dataType = own(attribute, 'DataType');
    if (dataType === 'Binary' || (typeof dataType === 'string' && dataType.startsWith('Binary.'))) {
      ignored.add(name);
      continue;
    }
    const values = attributeValues(attribute);
    if (typeof values === 'string') return { kind: 'invalid', name, reason: values };
    leaves.set(
      name,
      values.map((value) => ({ value, arrays: [] })),
    );
  }
  return { kind: 'read', leaves, ignored };
}

/** The values of one attribute, or why SNS cannot read it. */
function attributeValues(attribute: MessageAttributeValue | undefined): LeafValue[] | string {
  const dataType = own(attribute, 'DataType');
  const text = own(attribute, 'StringValue');
  if (typeof dataType !== 'string') return 'it has no DataType';
  const base = dataType.split('.')[0];
  if (typeof text !== 'string') return `its ${dataType} value is missing`;
  if (dataType === 'String.Array') return arrayValues(text);
  if (base === 'String') return [{ kind: 'string', value: escaped(text) }];
  if (base === 'Number') {
    const number = decimalOf(text);
    if (number?.scaled === undefined)
      return `its Number value ${JSON.stringify(text)} is not a number SNS can compare`;
    return [{ kind: 'number', value: number }];
  }
  return `its DataType ${JSON.stringify(dataType)} is not String, Number or Binary`;
}

function arrayValues(text: string): LeafValue[] | string {
  const read = readJson(text);
  if (!read.ok || !Array.isArray(read.value))
    return `its String.Array value ${JSON.stringify(text)} is not a JSON array`;
  const values: LeafValue[] = [];
  for (const element of read.value) {
    const value = scalar(element);
    if (value === undefined)
      return `its String.Array value ${JSON.stringify(text)} holds an object or an array`;
    values.push(value);
  }
  return values;
}

function scalar(element: JsonValue): LeafValue | undefined {
  if (typeof element === 'string') return { kind: 'string', value: escaped(element) };
  if (element instanceof JsonNumber) return { kind: 'number', value: decimalOfToken(element) };
  if (typeof element === 'boolean') return { kind: 'boolean', value: element };
  if (element === null) return { kind: 'null' };
  return undefined;
}

function escaped(text: string): string {
  // Most values hold neither: skip the replace (and its copy) for them.
  if (!text.includes('"') && !text.includes('\\')) return text;
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
