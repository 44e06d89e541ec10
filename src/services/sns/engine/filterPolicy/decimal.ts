import type { JsonNumber } from './jsonReader';
import type { Decimal } from './types';

/**
 * Numbers as SNS compares them: exactly, to five decimal places ([D] "with five digits of
 * accuracy after the decimal point"), so 100.123456789 equals 100.1234567 and 0.1 + 0.2 is never
 * a question of floating point. A value is rounded half away from zero at the fifth decimal.
 */
const PLACES = 5;
/** Beyond this many digits a value is not compared (no real attribute or body comes close). */
const MAX_DIGITS = 1000;
const JSON_NUMBER = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** The number a JSON number token spells; undefined when `text` is not one (".5", "+1", "1."). */
export function decimalOf(text: string): Decimal | undefined {
  const parts = JSON_NUMBER.exec(text);
  if (parts === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = parts;
  return { text, scaled: scale(sign, whole + fraction, exponent, fraction.length) };
}

/** A number token of JSON the reader accepted (always JSON-number shaped). */
export function decimalOfToken(token: JsonNumber): Decimal {
  return decimalOf(token.text) ?? { text: token.text, scaled: undefined };
}

function scale(sign: string, rawDigits: string, exponent: string, fractionLength: number) {
  const digits = rawDigits.replace(/^0+/, '');
  if (digits === '') return 0n;
  // An exponent past a million digits is far outside anything compared: tiny values round to 0.
  const power =
    exponent.replace(/^[+-]?0*/, '').length > 7
      ? (exponent.startsWith('-') ? -1 : 1) * 1e9
      : Number(exponent) - fractionLength + PLACES;
  if (power < -digits.length) return 0n;
  if (digits.length + power > MAX_DIGITS) return undefined;
  const magnitude =
    power >= 0 ? BigInt(digits) * 10n ** BigInt(power) : roundedDown(digits, -power);
  return sign === '-' ? -magnitude : magnitude;
}

/** digits / 10^places, rounded half up. */
function roundedDown(digits: string, places: number): bigint {
  const divisor = 10n ** BigInt(places);
  const value = BigInt(digits);
  const quotient = value / divisor;
  return (value % divisor) * 2n >= divisor ? quotient + 1n : quotient;
}

/** -1, 0 or 1; undefined when either side is too large to compare. */
export function compareDecimals(a: Decimal, b: Decimal): number | undefined {
  if (a.scaled === undefined || b.scaled === undefined) return undefined;
  return a.scaled < b.scaled ? -1 : a.scaled > b.scaled ? 1 : 0;
}
