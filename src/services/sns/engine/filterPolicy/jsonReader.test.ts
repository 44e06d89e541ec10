import { describe, expect, it } from 'vitest';
import { JsonNumber, readJson } from './jsonReader';

function message(text: string): string | undefined {
  const read = readJson(text);
  return read.ok ? undefined : read.message;
}

const VALUE_LIST = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
const REDACTED = 'REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)';

describe('readJson: JSON as SNS parses it (Jackson)', () => {
  it('reads objects as Maps in document order, so any key is only data', () => {
    const read = readJson('{"b":1,"__proto__":{"polluted":true},"a":[true,false,null,"s"]}');
    expect(read.ok).toBe(true);
    const value = read.ok ? read.value : undefined;
    expect(value).toBeInstanceOf(Map);
    const map = value as Map<string, unknown>;
    expect([...map.keys()]).toEqual(['b', '__proto__', 'a']);
    expect(map.get('__proto__')).toEqual(new Map([['polluted', true]]));
    expect(map.get('a')).toEqual([true, false, null, 's']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps numbers as written', () => {
    const read = readJson('[0.1, -0, 3.015e2, 100000000000000000000001]');
    expect(read.ok && read.value).toEqual([
      new JsonNumber('0.1'),
      new JsonNumber('-0'),
      new JsonNumber('3.015e2'),
      new JsonNumber('100000000000000000000001'),
    ]);
  });

  it('decodes escapes, \\u included', () => {
    const read = readJson('"a\\"b\\\\c\\/d\\n\\u00e9\\uD83D\\uDE00"');
    expect(read.ok && read.value).toBe('a"b\\c/d\né😀');
  });

  it('ignores what follows the first value, as Jackson readTree does', () => {
    expect(readJson('{"a":["b"]} trailing').ok).toBe(true);
    expect(readJson('  ').ok && readJson('  ')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    [
      '{invalid',
      "Unexpected character ('i' (code 105)): was expecting double-quote to start field name",
    ],
    ['invalid', `Unrecognized token 'invalid': was expecting ${VALUE_LIST}`],
    [
      '{"a":1,}',
      "Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
    ],
    [
      '{"a" 1}',
      "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value",
    ],
    [
      '{"a":1 "b":2}',
      "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
    ],
    [
      '[1 2]',
      "Unexpected character ('2' (code 50)): was expecting comma to separate Array entries",
    ],
    ['[1,]', `Unexpected character (']' (code 93)): expected a valid value ${VALUE_LIST}`],
    ['{"a":}', `Unexpected character ('}' (code 125)): expected a valid value ${VALUE_LIST}`],
    [
      "{'a':1}",
      "Unexpected character (''' (code 39)): was expecting double-quote to start field name",
    ],
    ['[tru]', `Unrecognized token 'tru': was expecting ${VALUE_LIST}`],
    [
      '[NaN]',
      "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
    ],
    ['[01]', 'Invalid numeric value: Leading zeroes not allowed'],
    [
      '[-x]',
      "Unexpected character ('x' (code 120)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value",
    ],
    [
      '[1.]',
      "Unexpected character (']' (code 93)) in numeric value: Decimal point not followed by a digit",
    ],
    [
      '[1e]',
      "Unexpected character (']' (code 93)) in numeric value: Exponent indicator not followed by a digit",
    ],
    [
      '[+1]',
      "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow",
    ],
    ['[1.', 'Unexpected end-of-input in a Number value'],
    ['"abc', 'Unexpected end-of-input: was expecting closing quote for a string value'],
    [
      '"a\nb"',
      'Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value',
    ],
    ['"\\x"', "Unrecognized character escape 'x' (code 120)"],
    [
      '"\\u12g4"',
      "Unexpected character ('g' (code 103)): expected a hex-digit for character escape sequence",
    ],
    [
      '\u0001{}',
      'Illegal character ((CTRL-CHAR, code 1)): only regular white space (\\r, \\n, \\t) is allowed between tokens',
    ],
    [
      '[\u20ac]',
      `Unexpected character ('\u20ac' (code 8364 / 0x20ac)): expected a valid value ${VALUE_LIST}`,
    ],
    [
      '{"a":[1,2',
      `Unexpected end-of-input: expected close marker for Array (start marker at [Source: ${REDACTED}; line: 1, column: 6])`,
    ],
    [
      '\n {"a":1',
      `Unexpected end-of-input: expected close marker for Object (start marker at [Source: ${REDACTED}; line: 2, column: 2])`,
    ],
  ])('%j: %s', (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it('allows nesting 1000 deep and refuses 1001 (Jackson StreamReadConstraints)', () => {
    expect(message('['.repeat(1000) + ']'.repeat(1000))).toBeUndefined();
    expect(message('['.repeat(1001) + ']'.repeat(1001))).toBe(
      'Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)',
    );
  });
});
