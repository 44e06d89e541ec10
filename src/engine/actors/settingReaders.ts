import {
  memberOf,
  type BooleanSetting,
  type ChoiceSetting,
  type DecimalSetting,
  type IntegerSetting,
  type TextSetting,
} from '../scenario/settings';
import { decimal, flag, integer, oneOf, text, type Fields } from './config';

/**
 * The config readers driven by a setting's entry: its member, its range and, when it has one,
 * its default. A setting with a default reads as a value; one without may read as undefined.
 */
export function readInteger(f: Fields, s: IntegerSetting & { readonly default: number }): number;
export function readInteger(f: Fields, s: IntegerSetting): number | undefined;
export function readInteger(f: Fields, s: IntegerSetting): number | undefined {
  return integer(f, memberOf(s), s) ?? s.default;
}

export function readDecimal(f: Fields, s: DecimalSetting & { readonly default: number }): number;
export function readDecimal(f: Fields, s: DecimalSetting): number | undefined;
export function readDecimal(f: Fields, s: DecimalSetting): number | undefined {
  return decimal(f, memberOf(s), s) ?? s.default;
}

export function readText(f: Fields, s: TextSetting & { readonly default: string }): string;
export function readText(f: Fields, s: TextSetting): string | undefined;
export function readText(f: Fields, s: TextSetting): string | undefined {
  return text(f, memberOf(s), s) ?? s.default;
}

export function readFlag(f: Fields, s: BooleanSetting & { readonly default: boolean }): boolean;
export function readFlag(f: Fields, s: BooleanSetting): boolean | undefined;
export function readFlag(f: Fields, s: BooleanSetting): boolean | undefined {
  return flag(f, memberOf(s)) ?? s.default;
}

export function readChoice<T extends string>(
  f: Fields,
  s: ChoiceSetting & { readonly choices: readonly T[]; readonly default: T },
): T;
export function readChoice<T extends string>(
  f: Fields,
  s: ChoiceSetting & { readonly choices: readonly T[] },
): T | undefined;
export function readChoice<T extends string>(
  f: Fields,
  s: ChoiceSetting & { readonly choices: readonly T[]; readonly default?: T },
): T | undefined {
  return oneOf(f, memberOf(s), s.choices) ?? s.default;
}
