/** Lowercase hex without per-byte toString calls: ids and digests are on the hot path. */
const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function hexOfBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX_BYTES[bytes[i] as number];
  return out;
}

export function hexOfWord(word: number): string {
  return (
    (HEX_BYTES[(word >>> 24) & 255] as string) +
    HEX_BYTES[(word >>> 16) & 255] +
    HEX_BYTES[(word >>> 8) & 255] +
    HEX_BYTES[word & 255]
  );
}

/**
 * Four 32-bit words' bytes, each word lowest byte first (MD5's digest), as 32 hex digits made in
 * one step: joining them two at a time made 15 strings along the way, for every digest.
 */
export function hexOfWordsLittleEndian(a: number, b: number, c: number, d: number): string {
  // prettier-ignore
  return String.fromCharCode(
    digit(a, 4), digit(a, 0), digit(a, 12), digit(a, 8), digit(a, 20), digit(a, 16), digit(a, 28), digit(a, 24),
    digit(b, 4), digit(b, 0), digit(b, 12), digit(b, 8), digit(b, 20), digit(b, 16), digit(b, 28), digit(b, 24),
    digit(c, 4), digit(c, 0), digit(c, 12), digit(c, 8), digit(c, 20), digit(c, 16), digit(c, 28), digit(c, 24),
    digit(d, 4), digit(d, 0), digit(d, 12), digit(d, 8), digit(d, 20), digit(d, 16), digit(d, 28), digit(d, 24),
  );
}

const DIGITS = '0123456789abcdef';

/** The character code of the hex digit `shift` bits up a word. */
function digit(word: number, shift: number): number {
  return DIGITS.charCodeAt((word >>> shift) & 15);
}
