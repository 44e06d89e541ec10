import { md5 } from '@noble/hashes/legacy.js';
import { describe, expect, it } from 'vitest';
import { hexOfBytes } from './hex';
import { md5OfBytes, md5OfText } from './md5';
import { utf8Bytes } from './utf8';

/** An independent implementation to agree with. */
const reference = (data: string | Uint8Array) =>
  hexOfBytes(md5(typeof data === 'string' ? utf8Bytes(data) : data));

describe('md5', () => {
  it('matches RFC 1321 test vectors', () => {
    expect(md5OfText('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5OfText('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5OfText('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(
      md5OfText('12345678901234567890123456789012345678901234567890123456789012345678901234567890'),
    ).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('hashes UTF-8 text of every length around the block edges like @noble/hashes does', () => {
    for (let length = 0; length < 200; length++) {
      const text = 'aé€😀'
        .repeat(60)
        .slice(0, length)
        .replace(/[\uD800-\uDBFF]$/, 'x');
      expect(md5OfText(text)).toBe(reference(text));
    }
  });

  it('hashes bytes like @noble/hashes does', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(md5OfBytes(bytes)).toBe(reference(bytes));
    }
  });
});
