import { AwsError } from './errors';

/**
 * Readers for AWS-shaped input. The door takes `unknown`, so every member is checked here and a
 * wrong one becomes the error AWS would send, before anything in the world changes.
 */
export type Input = Record<string, unknown>;

export function missingParameter(name: string): AwsError {
  return new AwsError('MissingParameter', `The request must contain the parameter ${name}.`);
}

export function invalidParameter(name: string, value: unknown, reason: string): AwsError {
  return new AwsError(
    'InvalidParameterValue',
    `Value ${display(value)} for parameter ${name} is invalid. Reason: ${reason}`,
  );
}

export function asInput(input: unknown): Input {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new AwsError('SerializationException', 'The request body must be a JSON object.');
  }
  return input as Input;
}

export function requiredString(input: Input, name: string): string {
  const value = input[name];
  if (value === undefined || value === null || value === '') throw missingParameter(name);
  if (typeof value !== 'string') throw invalidParameter(name, value, 'Must be a string.');
  return value;
}

export function optionalString(input: Input, name: string): string | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(name, value, 'Must be a string.');
  return value;
}

/** An integer member; AWS clients send numbers, hand-written JSON may send numeric strings. */
export function optionalInteger(input: Input, name: string): number | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw invalidParameter(name, value, 'Must be an integer.');
  }
  return n;
}

export function optionalBoolean(input: Input, name: string): boolean | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(name, value, 'Must be a boolean.');
  return value;
}

export function optionalStringList(input: Input, name: string): string[] | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalidParameter(name, value, 'Must be a list of strings.');
  }
  return value as string[];
}

export function optionalStringMap(input: Input, name: string): Record<string, string> | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidParameter(name, value, 'Must be a map of strings.');
  }
  // No prototype: a key is the caller's ("__proto__" is a legal tag key and stays one).
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') throw invalidParameter(`${name}.${k}`, v, 'Must be a string.');
    out[k] = v;
  }
  return out;
}

export function requiredList(input: Input, name: string): unknown[] {
  const value = input[name];
  if (value === undefined || value === null) throw missingParameter(name);
  if (!Array.isArray(value)) throw invalidParameter(name, value, 'Must be a list.');
  return value;
}

/** A value for an error message; never throws (inputs are plain data, see plainInput.ts). */
function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '(a list)' : '(an object)';
  }
}
