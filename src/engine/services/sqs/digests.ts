import SparkMD5 from 'spark-md5';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexOfBytes } from '../../core/hex';
import { utf8Bytes } from '../../core/utf8';
import type { MessageAttributeValue } from './model';

/** MD5 of the UTF-8 text (spark-md5: several times faster than a general hash on short bodies). */
export function md5Hex(text: string): string {
  return SparkMD5.hash(text);
}

/** Content-based deduplication id: lowercase hex SHA-256 of the body (attributes not hashed). */
export function sha256Hex(text: string): string {
  return hexOfBytes(sha256(utf8Bytes(text)));
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
  const bytes = concat(parts);
  return SparkMD5.ArrayBuffer.hash(bytes.buffer as ArrayBuffer);
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
