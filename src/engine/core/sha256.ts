import { sha256 } from '@noble/hashes/sha2.js';
import { hexOfBytes } from './hex';
import { utf8Bytes } from './utf8';

/** Lowercase hex SHA-256 of a text's UTF-8 bytes (content-based deduplication ids, tokens). */
export function sha256Hex(text: string): string {
  return hexOfBytes(sha256(utf8Bytes(text)));
}

/** SHA-256 of a text's UTF-8 bytes. */
export function sha256Bytes(text: string): Uint8Array {
  return sha256(utf8Bytes(text));
}
