import { AwsError } from '../core/errors';

/**
 * Strict readers for actor config. Every problem is collected (not just the first), each names
 * its field with the allowed range, and unknown keys are problems too: a typo in a scenario must
 * not silently fall back to a default.
 */
export interface Fields {
  readonly raw: Record<string, unknown>;
  readonly path: string;
  readonly problems: string[];
}

export function fields(
  value: unknown,
  allowed: readonly string[],
  path = '',
  problems: string[] = [],
): Fields {
  const raw = isRecord(value) ? value : {};
  if (value !== undefined && !isRecord(value))
    problems.push(`${path || 'Config'} must be an object.`);
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key))
      problems.push(`${name(path, key)} is not a known setting (allowed: ${allowed.join(', ')}).`);
  }
  return { raw, path, problems };
}

/** A nested object member, checked with its own allowed keys; undefined when absent. */
export function nested(f: Fields, key: string, allowed: readonly string[]): Fields | undefined {
  const value = f.raw[key];
  if (value === undefined) return undefined;
  return fields(value, allowed, name(f.path, key), f.problems);
}

interface Range {
  min: number;
  max: number;
}

export function integer(f: Fields, key: string, range: Range): number | undefined {
  const value = f.raw[key];
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range.min ||
    value > range.max
  ) {
    f.problems.push(
      `${name(f.path, key)} must be a whole number from ${range.min} to ${range.max} (got ${show(value)}).`,
    );
    return undefined;
  }
  return value;
}

export function decimal(
  f: Fields,
  key: string,
  range: Range & { above?: boolean },
): number | undefined {
  const value = f.raw[key];
  if (value === undefined) return undefined;
  const above = range.above === true;
  const fits =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (above ? value > range.min : value >= range.min) &&
    value <= range.max;
  if (!fits) {
    f.problems.push(
      `${name(f.path, key)} must be a number ${above ? 'more than' : 'from'} ${range.min} to ${range.max} (got ${show(value)}).`,
    );
    return undefined;
  }
  return value;
}

export function text(
  f: Fields,
  key: string,
  options: { required?: boolean; nonEmpty?: boolean; maxLength?: number } = {},
): string | undefined {
  const value = f.raw[key];
  if (value === undefined) {
    if (options.required === true) f.problems.push(`${name(f.path, key)} is required.`);
    return undefined;
  }
  const max = options.maxLength ?? 262_144;
  const nonEmpty = options.required === true || options.nonEmpty === true;
  if (typeof value !== 'string' || (nonEmpty && value === '') || value.length > max) {
    f.problems.push(
      `${name(f.path, key)} must be a ${nonEmpty ? 'non-empty ' : ''}string of at most ${max} characters (got ${show(value)}).`,
    );
    return undefined;
  }
  return value;
}

export function oneOf<T extends string>(
  f: Fields,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = f.raw[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    f.problems.push(
      `${name(f.path, key)} must be one of ${allowed.join(', ')} (got ${show(value)}).`,
    );
    return undefined;
  }
  return value as T;
}

export function flag(f: Fields, key: string): boolean | undefined {
  const value = f.raw[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    f.problems.push(`${name(f.path, key)} must be true or false (got ${show(value)}).`);
    return undefined;
  }
  return value;
}

export function stringMap(f: Fields, key: string): Record<string, string> | undefined {
  const value = f.raw[key];
  if (value === undefined) return undefined;
  if (!isRecord(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    f.problems.push(
      `${name(f.path, key)} must be an object of string values (got ${show(value)}).`,
    );
    return undefined;
  }
  return { ...(value as Record<string, string>) };
}

export function problem(f: Fields, message: string): void {
  f.problems.push(message);
}

/** Throws one ValidationException listing every problem, or returns quietly. */
export function finish(f: Fields, kind: string): void {
  if (f.problems.length === 0) return;
  throw new AwsError('ValidationException', `Invalid ${kind} config: ${f.problems.join(' ')}`);
}

/** Drops undefined members so the stored config is exact (exactOptionalPropertyTypes). */
export function defined<T extends Record<string, unknown>>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

/** `T` with members that may be undefined turned into optional members. */
export type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function name(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function show(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value)
    : (JSON.stringify(value) ?? String(value));
}
