import { hexOfWordsLittleEndian } from './hex';

/**
 * MD5 (RFC 1321), as SQS reports it for every body it stores and S3 for every object's ETag.
 * Written here rather than taken from a library because it runs for every message: this one reads
 * the text straight into one reused 64-byte block, so hashing a short body allocates nothing but
 * the hex answer.
 */
const block = new Int32Array(16);
const state = new Int32Array(4);
/** Bytes in the current block, and in the whole input so far. */
let filled = 0;
let total = 0;

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
  return hexOfWordsLittleEndian(
    state[0] as number,
    state[1] as number,
    state[2] as number,
    state[3] as number,
  );
}

/**
 * One 64-byte block into the state; the block is cleared for the next one. The 64 steps are
 * written out with their constants, floor(|sin(i + 1)| × 2^32) and the shifts of RFC 1321 §3.4:
 * a loop over tables of them made MD5 about 1.7 times as slow, and it runs twice per message
 * through the door (send and receive).
 */
function compress(): void {
  const x0 = block[0] as number;
  const x1 = block[1] as number;
  const x2 = block[2] as number;
  const x3 = block[3] as number;
  const x4 = block[4] as number;
  const x5 = block[5] as number;
  const x6 = block[6] as number;
  const x7 = block[7] as number;
  const x8 = block[8] as number;
  const x9 = block[9] as number;
  const x10 = block[10] as number;
  const x11 = block[11] as number;
  const x12 = block[12] as number;
  const x13 = block[13] as number;
  const x14 = block[14] as number;
  const x15 = block[15] as number;
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let n: number;
  // Round 1.
  n = (a + ((b & c) | (~b & d)) + x0 + 0xd76aa478) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x1 + 0xe8c7b756) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x2 + 0x242070db) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x3 + 0xc1bdceee) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  n = (a + ((b & c) | (~b & d)) + x4 + 0xf57c0faf) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x5 + 0x4787c62a) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x6 + 0xa8304613) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x7 + 0xfd469501) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  n = (a + ((b & c) | (~b & d)) + x8 + 0x698098d8) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x9 + 0x8b44f7af) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x10 + 0xffff5bb1) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x11 + 0x895cd7be) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  n = (a + ((b & c) | (~b & d)) + x12 + 0x6b901122) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x13 + 0xfd987193) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x14 + 0xa679438e) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x15 + 0x49b40821) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  // Round 2.
  n = (a + ((b & d) | (c & ~d)) + x1 + 0xf61e2562) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x6 + 0xc040b340) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x11 + 0x265e5a51) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x0 + 0xe9b6c7aa) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  n = (a + ((b & d) | (c & ~d)) + x5 + 0xd62f105d) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x10 + 0x02441453) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x15 + 0xd8a1e681) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x4 + 0xe7d3fbc8) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  n = (a + ((b & d) | (c & ~d)) + x9 + 0x21e1cde6) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x14 + 0xc33707d6) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x3 + 0xf4d50d87) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x8 + 0x455a14ed) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  n = (a + ((b & d) | (c & ~d)) + x13 + 0xa9e3e905) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x2 + 0xfcefa3f8) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x7 + 0x676f02d9) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x12 + 0x8d2a4c8a) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  // Round 3.
  n = (a + (b ^ c ^ d) + x5 + 0xfffa3942) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x8 + 0x8771f681) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x11 + 0x6d9d6122) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x14 + 0xfde5380c) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  n = (a + (b ^ c ^ d) + x1 + 0xa4beea44) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x4 + 0x4bdecfa9) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x7 + 0xf6bb4b60) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x10 + 0xbebfbc70) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  n = (a + (b ^ c ^ d) + x13 + 0x289b7ec6) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x0 + 0xeaa127fa) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x3 + 0xd4ef3085) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x6 + 0x04881d05) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  n = (a + (b ^ c ^ d) + x9 + 0xd9d4d039) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x12 + 0xe6db99e5) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x15 + 0x1fa27cf8) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x2 + 0xc4ac5665) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  // Round 4.
  n = (a + (c ^ (b | ~d)) + x0 + 0xf4292244) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x7 + 0x432aff97) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x14 + 0xab9423a7) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x5 + 0xfc93a039) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  n = (a + (c ^ (b | ~d)) + x12 + 0x655b59c3) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x3 + 0x8f0ccc92) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x10 + 0xffeff47d) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x1 + 0x85845dd1) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  n = (a + (c ^ (b | ~d)) + x8 + 0x6fa87e4f) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x15 + 0xfe2ce6e0) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x6 + 0xa3014314) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x13 + 0x4e0811a1) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  n = (a + (c ^ (b | ~d)) + x4 + 0xf7537e82) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x11 + 0xbd3af235) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x2 + 0x2ad7d2bb) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x9 + 0xeb86d391) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  block.fill(0);
}
