import { base64Decode, utf8Length } from '../../../engine/core/utf8';
import { sqsErrors } from './errors';
import type { MessageAttributeValue } from './model';

/**
 * Message attributes on SendMessage: at most 10, names and types by the SQS rules, values
 * non-empty. Returns them normalized with the bytes they add to the message size.
 */
const MAX_ATTRIBUTES = 10;
/** [D] #x9 | #xA | #xD | #x20–#xD7FF | #xE000–#xFFFD | #x10000–#x10FFFF */
// eslint-disable-next-line no-control-regex -- the allowed set is defined by control characters
const INVALID_CHARACTER = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function firstInvalidCharacter(text: string): string | undefined {
  const match = INVALID_CHARACTER.exec(text);
  return match === null
    ? undefined
    : `#x${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase()}`;
}

/** What a message without attributes holds: shared, so it must never be written to. */
export const NO_ATTRIBUTES: Readonly<Record<string, MessageAttributeValue>> = Object.freeze(
  Object.create(null) as Record<string, MessageAttributeValue>,
);
const NONE = Object.freeze({ attributes: NO_ATTRIBUTES, size: 0 });

export function validateMessageAttributes(
  raw: unknown,
  kind: 'user' | 'system',
): { attributes: Readonly<Record<string, MessageAttributeValue>>; size: number } {
  if (raw === undefined || raw === null) return NONE;
  // No prototype: "__proto__" is a legal attribute name.
  const attributes: Record<string, MessageAttributeValue> = Object.create(null) as Record<
    string,
    MessageAttributeValue
  >;
  const invalid = sqsErrors.invalidParameterValue;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalid(`The message ${label(kind)} attributes must be a map.`);
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > MAX_ATTRIBUTES) {
    throw invalid(
      `Number of message attributes [${entries.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`,
    );
  }
  for (const [name, value] of entries) {
    if (kind === 'system') {
      if (name !== 'AWSTraceHeader')
        throw invalid(`Message system attribute name '${name}' is invalid.`);
    } else checkName(name);
    attributes[name] = checkValue(name, value, kind);
  }
  return { attributes, size: attributesSize(attributes) };
}

function label(kind: 'user' | 'system'): string {
  return kind === 'user' ? '(user)' : 'system';
}

function checkName(name: string): void {
  const invalid = sqsErrors.invalidParameterValue;
  if (name.length === 0)
    throw invalid('The request must contain non-empty message (user) attribute names.');
  if (name.length > 256)
    throw invalid('Message (user) attribute name must be shorter than 256 bytes.');
  if (/^(aws|amazon)\./i.test(name)) {
    throw invalid(
      "You can't use message attribute names beginning with 'AWS.' or 'Amazon'. These strings are reserved for internal use.",
    );
  }
  if (name.startsWith('.'))
    throw invalid("Message (user) attribute name must not begin with character '.'.");
  if (name.endsWith('.'))
    throw invalid("Message (user) attribute name must not end with character '.'.");
  if (name.includes('..'))
    throw invalid("Message (user) attribute name must not have successive '.' characters.");
  // AWS accepts Latin-1 letters besides [A-Za-z0-9_.-] (recorded: "attr.1øßä").
  if (!/^[A-Za-z0-9_.\-\u00C0-\u00FF]+$/.test(name)) {
    throw invalid(
      `Invalid message (user) attribute name '${name}': use only letters, digits, '_', '-' and '.'.`,
    );
  }
}

function checkValue(name: string, value: unknown, kind: 'user' | 'system'): MessageAttributeValue {
  const invalid = sqsErrors.invalidParameterValue;
  const who = `message ${label(kind)} attribute '${name}'`;
  if (typeof value !== 'object' || value === null) {
    throw invalid(`The ${who} must contain a non-empty message attribute value.`);
  }
  const { DataType, StringValue, BinaryValue } = value as Record<string, unknown>;
  if (typeof DataType !== 'string' || DataType === '') {
    throw invalid(`The ${who} must contain a non-empty message attribute type.`);
  }
  if (DataType.length > 256)
    throw invalid(`Message ${label(kind)} attribute type must be shorter than 256 bytes.`);
  const base = /^(String|Number|Binary)(\..+)?$/.exec(DataType)?.[1];
  if (base === undefined || (kind === 'system' && DataType !== 'String')) {
    throw invalid(
      `The type of ${who} is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
    );
  }
  if (StringValue !== undefined && BinaryValue !== undefined) {
    throw invalid(`Message ${label(kind)} attribute '${name}' must have a single value.`);
  }
  if (base === 'Binary') {
    const bytes = typeof BinaryValue === 'string' ? base64Decode(BinaryValue) : BinaryValue;
    if (BinaryValue === undefined) {
      throw invalid(
        `Message ${label(kind)} attribute '${name}' with type 'Binary' must use field 'Binary'.`,
      );
    }
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
      throw invalid(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type 'Binary'.`,
      );
    }
    // No copy: stored bytes are never written to, and the door copies them in and out.
    return { DataType, BinaryValue: bytes };
  }
  if (StringValue === undefined) {
    throw invalid(
      `Message ${label(kind)} attribute '${name}' with type '${base}' must use field 'String'.`,
    );
  }
  if (typeof StringValue !== 'string' || StringValue === '') {
    throw invalid(
      `Message ${label(kind)} attribute '${name}' must contain a non-empty value of type '${base}'.`,
    );
  }
  const bad = firstInvalidCharacter(StringValue);
  if (bad !== undefined) {
    throw invalid(
      `Invalid binary character '${bad}' was found in the value of message ${label(kind)} attribute '${name}'.`,
    );
  }
  if (base === 'Number' && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(StringValue)) {
    throw invalid(
      `Can't cast the value of message ${label(kind)} attribute '${name}' to a number.`,
    );
  }
  return { DataType, StringValue };
}

function valueBytes(value: MessageAttributeValue): number {
  return value.BinaryValue?.length ?? utf8Length(value.StringValue ?? '');
}

/** Bytes the attributes add to a message: names, types and values. */
export function attributesSize(
  attributes: Readonly<Record<string, MessageAttributeValue>>,
): number {
  let size = 0;
  for (const [name, value] of Object.entries(attributes)) {
    size += utf8Length(name) + utf8Length(value.DataType) + valueBytes(value);
  }
  return size;
}
