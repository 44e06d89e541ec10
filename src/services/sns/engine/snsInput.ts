import type { Input } from '../../../engine/core/input';
import { invalid, snsErrors } from './errors';

/**
 * Readers for SNS's members. A required member that is missing is refused by AWS's validation
 * layer (ValidationError, naming the member in camelCase as the wire does); a member of the
 * wrong type is an invalid parameter.
 */
export function requiredString(input: Input, member: string): string {
  const value = input[member];
  if (value === undefined || value === null) throw snsErrors.validation(wireName(member));
  if (typeof value !== 'string') throw invalid(member);
  return value;
}

export function optionalString(input: Input, member: string): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(member);
  return value;
}

export function optionalBoolean(input: Input, member: string): boolean | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  // The query protocol carries booleans as text.
  if (value === 'true' || value === 'false') return value === 'true';
  throw invalid(member);
}

/** A map of strings (Attributes), own keys only, in the caller's order. */
export function optionalStringMap(input: Input, member: string): Map<string, string> | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(member);
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') throw invalid(`${member} Reason: ${key} must be a string`);
    out.set(key, v);
  }
  return out;
}

export function optionalList(input: Input, member: string): unknown[] | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalid(member);
  return value;
}

/** An object member (a batch entry, a tag), or an invalid parameter. */
export function asObject(value: unknown, member: string): Input {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(member);
  return value as Input;
}

function wireName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}
