import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8Bytes } from '../../core/utf8';
import type { MessageAttributeValue } from './model';

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX_BYTES[bytes[i] as number];
  return out;
}

export function md5Hex(text: string): string {
  return hex(md5(utf8Bytes(text)));
}

/** Content-based deduplication id: lowercase hex SHA-256 of the body (attributes not hashed). */
export function sha256Hex(text: string): string {
  return hex(sha256(utf8Bytes(text)));
}

/**
 * MD5OfMessageAttributes as SQS computes it: attributes sorted by name; for each, length-prefixed
 * name, length-prefixed DataType, a transport byte (1 string/number, 2 binary), length-prefixed
 * value; MD5 of the concatenation. Returns undefined for no attributes (AWS omits the member).
 */
export function md5OfAttributes(
  attributes: Record<string, MessageAttributeValue>,
): string | undefined {
  const names = Object.keys(attributes).sort(byBytes);
  if (names.length === 0) return undefined;
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
  return hex(md5(concat(parts)));
}

function byBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
