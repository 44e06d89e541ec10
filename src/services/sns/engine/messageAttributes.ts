import { base64Decode, utf8Length } from '../../../engine/core/utf8';
import { snsErrors } from './errors';
import type { SnsAttributes, SnsAttributeValue } from './model';

/**
 * [V] Message attributes on Publish and PublishBatch (test_empty_or_wrong_message_attributes):
 * every refusal is ParameterValueInvalid with AWS's text, except a missing DataType, which the
 * validation layer refuses naming the member's path (in a batch, the entry's 1-based position).
 * Returns the attributes with the bytes they add to the message size (names, types, values).
 */
export function readMessageAttributes(
  raw: unknown,
  position?: number,
): { attributes: SnsAttributes; size: number } {
  // No prototype: "__proto__" is a legal attribute name.
  const attributes = Object.create(null) as Record<string, SnsAttributeValue>;
  if (raw === undefined || raw === null) return { attributes, size: 0 };
  const bad = snsErrors.parameterValueInvalid;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw bad('The message attributes must be a map.');
  let size = 0;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    checkName(name);
    const attribute = readValue(name, value, position);
    attributes[name] = attribute;
    size +=
      utf8Length(name) +
      utf8Length(attribute.DataType) +
      (attribute.BinaryValue?.length ?? utf8Length(attribute.StringValue ?? ''));
  }
  return { attributes, size };
}

function checkName(name: string): void {
  const bad = snsErrors.parameterValueInvalid;
  if (utf8Length(name) >= 256)
    throw bad('Length of message attribute name must be less than 256 bytes.');
  if (name.startsWith('.'))
    throw bad("Invalid message attribute name starting with character '.' was found.");
  if (name.endsWith('.'))
    throw bad("Invalid message attribute name ending with character '.' was found.");
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!/[A-Za-z0-9_.-]/.test(c))
      throw bad(
        `Invalid non-alphanumeric character '#x${(name.codePointAt(i) ?? 0).toString(16).toUpperCase()}' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.`,
      );
    if (c === '.' && name.charAt(i - 1) === '.')
      throw bad("Message attribute name can not have successive '.' character.");
  }
  // [D] SNS-DG sns-message-attributes: the AWS. and Amazon. prefixes are reserved.
  if (/^(aws|amazon)\./i.test(name))
    throw bad(
      `The message attribute name '${name}' uses a prefix reserved for AWS: AWS. or Amazon.`,
    );
}

function readValue(name: string, raw: unknown, position: number | undefined): SnsAttributeValue {
  const bad = snsErrors.parameterValueInvalid;
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const dataType = value.DataType;
  if (dataType === undefined || dataType === null) {
    const at = `messageAttributes.${name}.member.dataType`;
    throw snsErrors.validation(
      position === undefined ? at : `publishBatchRequestEntries.${position}.member.${at}`,
    );
  }
  if (typeof dataType !== 'string' || !/^(String|Number|Binary)(\..+)?$/.test(dataType))
    throw bad(
      `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
    );
  // A function, not an error made up front: an error costs a stack trace on every good attribute.
  const empty = () =>
    bad(
      `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${dataType}'.`,
    );
  const stringValue = value.StringValue ?? undefined;
  const binaryValue = value.BinaryValue ?? undefined;
  if (stringValue === undefined && binaryValue === undefined) throw empty();
  if (dataType.startsWith('Binary')) {
    if (binaryValue === undefined)
      throw bad(`The message attribute '${name}' with type '${dataType}' must use field 'Binary'.`);
    const bytes = typeof binaryValue === 'string' ? base64Decode(binaryValue) : binaryValue;
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw empty();
    return { DataType: dataType, BinaryValue: bytes.slice() };
  }
  if (stringValue === undefined)
    throw bad(`The message attribute '${name}' with type '${dataType}' must use field 'String'.`);
  if (typeof stringValue !== 'string' || stringValue === '') throw empty();
  if (dataType.startsWith('Number') && !isSnsNumber(stringValue))
    throw bad(`Could not cast message attribute '${name}' value to number.`);
  return { DataType: dataType, StringValue: stringValue };
}

/** [D] Numbers: −10^9 to 10^9 (filter policies compare them to 5 decimal digits). */
function isSnsNumber(text: string): boolean {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return false;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= 1e9;
}
