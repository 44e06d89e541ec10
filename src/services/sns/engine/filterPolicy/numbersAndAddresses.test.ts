import { describe, expect, it } from 'vitest';
import { compareDecimals, decimalOf } from './decimal';
import { parseCidr, parseIp } from './ipAddress';

describe('decimalOf: numbers to five decimal places', () => {
  it.each([
    ['0', 0n],
    ['-0', 0n],
    ['1', 100000n],
    ['1.000004', 100000n],
    ['1.000005', 100001n],
    ['-1.000005', -100001n],
    ['3.015e2', 30150000n],
    ['1E-5', 1n],
    ['4e-6', 0n],
    ['5e-6', 1n],
    ['1e-99999999999', 0n],
    ['123456789012345678901234567890', 12345678901234567890123456789000000n],
  ])('%s is %s hundred-thousandths', (text, scaled) => {
    expect(decimalOf(text)?.scaled).toBe(scaled);
  });

  it.each(['.5', '5.', '+5', '05', '1e', 'NaN', '', ' 1', '0x10'])(
    'refuses %j, which is not a JSON number',
    (text) => {
      expect(decimalOf(text)).toBeUndefined();
    },
  );

  it('does not compare a number too large to hold', () => {
    const huge = decimalOf('1e99999999');
    expect(huge).toEqual({ text: '1e99999999', scaled: undefined });
    expect(
      compareDecimals(huge ?? { text: '', scaled: undefined }, { text: '1', scaled: 1n }),
    ).toBe(undefined);
  });
});

describe('IP addresses and CIDR blocks as event-ruler and Java read them', () => {
  it.each([
    ['10.0.0.1', [10, 0, 0, 1]],
    ['255.255.255.255', [255, 255, 255, 255]],
    ['::', Array<number>(16).fill(0)],
    ['::1', [...Array<number>(15).fill(0), 1]],
    [
      '2001:db8::ff00:42:8329',
      [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0x42, 0x83, 0x29],
    ],
    ['1:2:3:4:5:6:7::', [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0]],
    ['::ffff:a00:1', [10, 0, 0, 1]],
  ])('%s', (text, bytes) => {
    expect(parseIp(text)).toEqual({ bytes });
  });

  it.each([
    ['10.0.0.256', 'Invalid IP address: 10.0.0.256'],
    ['010.0.0.1', 'Invalid IP address: 010.0.0.1'],
    ['1:2:3:4:5:6:7:8:9', 'Invalid IP address: 1:2:3:4:5:6:7:8:9'],
    ['1::2::3', 'Invalid IP address: 1::2::3'],
    ['12345::', 'Invalid IP address: 12345::'],
    ['10.0.0', 'Nonstandard IP address: 10.0.0'],
    ['host.example', 'Nonstandard IP address: host.example'],
    ['', 'Nonstandard IP address: '],
  ])('%j is refused: %s', (text, error) => {
    expect(parseIp(text)).toEqual({ error });
  });

  it('spans a block from the address as written to its last host', () => {
    expect(parseCidr('10.0.0.5/24')).toEqual({ low: [10, 0, 0, 5], high: [10, 0, 0, 255] });
    expect(parseCidr('10.1.2.3/12')).toEqual({ low: [10, 1, 2, 3], high: [10, 15, 255, 255] });
    expect(parseCidr('192.168.1.1/31')).toEqual({
      low: [192, 168, 1, 1],
      high: [192, 168, 1, 1],
    });
    expect(parseCidr('0.0.0.0/+0')).toEqual({ low: [0, 0, 0, 0], high: [255, 255, 255, 255] });
  });

  it.each([
    ['10.0.0.0', "Malformed CIDR, one '/' required"],
    ['10.0.0.0/8/8', "Malformed CIDR, one '/' required"],
    ['10.0.0.0/', "Malformed CIDR, one '/' required"],
    ['10.0.0.0/x', 'Malformed CIDR, mask bits must be an integer'],
    ['10.0.0.0/99999999999', 'Malformed CIDR, mask bits must be an integer'],
    ['/8', 'Nonstandard IP address: '],
  ])('%j is refused: %s', (text, error) => {
    expect(parseCidr(text)).toEqual({ error });
  });
});
