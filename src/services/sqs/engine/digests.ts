import { md5OfBytes, md5OfText } from '../../../engine/core/md5';
import { utf8Bytes } from '../../../engine/core/utf8';
import type { MessageAttributeValue } from './model';

/**
 * MD5OfMessageBody / MD5OfBody: a message's body is hashed the first time a caller through the
 * door is given its digest (at its send, usually) and the digest kept on it, so its receives do
 * not hash it again.
 */
export function md5OfBody(message: { md5OfBody?: string }, body: string): string {
  return (message.md5OfBody ??= md5OfText(body));
}

/**
 * MD5OfMessageAttributes as SQS computes it: attributes sorted by name; for each, length-prefixed
 * name, length-prefixed DataType, a transport byte (1 string/number, 2 binary), length-prefixed
 * value; MD5 of the concatenation. Returns undefined for no attributes (AWS omits the member).
 */
export function md5OfAttributes(
  attributes: Readonly<Record<string, MessageAttributeValue>>,
): string | undefined {
  if (isEmpty(attributes)) return undefined;
  // Names are ASCII ([V] attribute name rules), so code-unit order is byte order.
  const names = Object.keys(attributes).sort();
  const parts: Uint8Array[] = [];
  for (const name of names) {
    const value = attributes[name] as MessageAttributeValue;
    parts.push(lengthPrefixed(utf8Bytes(name)), lengthPrefixed(utf8Bytes(value.DataType)));
    if (value.BinaryValue !== undefined) {
      parts.push(Uint8Array.of(2), lengthPrefixed(value.BinaryValue));
    } else {
      parts.push(Uint8Array.of(1), lengthPrefixed(utf8Bytes(value.StringValue ?? '')));
    }
  }
  const bytes = concat(parts);
  return md5OfBytes(bytes);
}

export function isEmpty(record: object): boolean {
  for (const _ in record) return false;
  return true;
}

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
