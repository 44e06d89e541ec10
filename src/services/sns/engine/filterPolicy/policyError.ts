import { JsonNumber, type JsonValue } from './jsonReader';

/** A policy SNS refuses, with the reason AWS gives (the text after "FilterPolicy: "). */
export class PolicyError {
  constructor(readonly reason: string) {}
}

export function refuse(reason: string): never {
  throw new PolicyError(reason);
}

/** The text Jackson's getText() gives for a token that starts this value ("]" for none). */
export function tokenText(value: JsonValue | undefined): string {
  if (value === undefined) return ']';
  if (value instanceof Map) return '{';
  if (Array.isArray(value)) return '[';
  if (value instanceof JsonNumber) return value.text;
  return String(value);
}

/** Compact JSON text of a policy fragment, numbers as written. */
export function jsonText(value: JsonValue): string {
  if (value instanceof Map)
    return `{${[...value].map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value instanceof JsonNumber) return value.text;
  return JSON.stringify(value);
}
