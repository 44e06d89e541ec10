import { hexOfWordLittleEndian } from './hex';

/**
 * MD5 (RFC 1321), as SQS reports it for every body it stores. Written here rather than taken from
 * a library because it runs for every message: this one reads the text straight into one reused
 * 64-byte block, so hashing a short body allocates nothing but the hex answer.
 */
const block = new Int32Array(16);
const state = new Int32Array(4);
/** Bytes in the current block, and in the whole input so far. */
let filled = 0;
let total = 0;

/** Per-round shift amounts and the constants floor(|sin(i + 1)| × 2^32), as RFC 1321 lists them. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
// prettier-ignore
const K = Int32Array.from([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);

/** MD5 of a text's UTF-8 bytes, in lowercase hex. */
export function md5OfText(text: string): string {
  start();
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      put(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) {
      put(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
      put(0xe0 | (c >> 12));
      put(0x80 | ((c >> 6) & 0x3f));
    } else {
      put(0xf0 | (c >> 18));
      put(0x80 | ((c >> 12) & 0x3f));
      put(0x80 | ((c >> 6) & 0x3f));
    }
    put(0x80 | (c & 0x3f));
  }
  return finish();
}

/** MD5 of bytes, in lowercase hex. */
export function md5OfBytes(bytes: Uint8Array): string {
  start();
  for (let i = 0; i < bytes.length; i++) put(bytes[i] as number);
  return finish();
}

function put(byte: number): void {
  block[filled >> 2] = (block[filled >> 2] as number) | (byte << ((filled & 3) << 3));
  total++;
  if (++filled === 64) {
    compress();
    filled = 0;
  }
}

function start(): void {
  filled = 0;
  total = 0;
  state[0] = 0x67452301;
  state[1] = 0xefcdab89 | 0;
  state[2] = 0x98badcfe | 0;
  state[3] = 0x10325476;
  block.fill(0);
}

/** Appends the 0x80 marker and the bit length, and gives the digest. */
function finish(): string {
  block[filled >> 2] = (block[filled >> 2] as number) | (0x80 << ((filled & 3) << 3));
  if (filled >= 56) {
    compress();
  }
  block[14] = (total * 8) | 0;
  block[15] = Math.floor(total / 0x20000000);
  compress();
  return (
    hexOfWordLittleEndian(state[0] as number) +
    hexOfWordLittleEndian(state[1] as number) +
    hexOfWordLittleEndian(state[2] as number) +
    hexOfWordLittleEndian(state[3] as number)
  );
}

/** One 64-byte block into the state; the block is cleared for the next one. */
function compress(): void {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const s = SHIFTS[((i >> 4) << 2) | (i & 3)] as number;
    const sum = (a + f + (K[i] as number) + (block[g] as number)) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((sum << s) | (sum >>> (32 - s)))) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  block.fill(0);
}
