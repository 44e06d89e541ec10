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

/** A 32-bit word's bytes lowest first, as MD5 writes its state. */
export function hexOfWordLittleEndian(word: number): string {
  return (
    (HEX_BYTES[word & 255] as string) +
    HEX_BYTES[(word >>> 8) & 255] +
    HEX_BYTES[(word >>> 16) & 255] +
    HEX_BYTES[(word >>> 24) & 255]
  );
}
