import { AwsError } from './errors';

/**
 * The door's copy of a call's input: what a JSON request body can carry (objects, arrays,
 * strings, numbers, booleans, null) plus Uint8Array for binary values. Objects come back
 * without a prototype, so a member named by the caller ("toString", "__proto__") is only ever
 * the caller's own, and the world never keeps a reference the caller could edit later.
 * Anything else (BigInt, Symbol, functions, cycles, class instances, getters that throw) is
 * refused as a body AWS could not have parsed: SerializationException, nothing changed.
 */
const MAX_DEPTH = 64;
/** Far above any AWS list (10 batch entries, 50 tags); bounds the work a sparse array can ask. */
const MAX_ITEMS = 100_000;

export function plainInput(value: unknown): unknown {
  try {
    return copy(value, 'input', new Set());
  } catch (error) {
    if (error instanceof AwsError) throw error;
    throw unreadable('input', `reading it failed (${describeError(error)})`);
  }
}

function copy(value: unknown, path: string, ancestors: Set<object>): unknown {
  switch (typeof value) {
    case 'undefined':
    case 'boolean':
    case 'string':
    case 'number':
      return value;
    case 'object':
      break;
    default:
      throw unreadable(path, `it is a ${typeof value}, which a JSON body cannot carry`);
  }
  if (value === null) return null;
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (ancestors.has(value)) throw unreadable(path, 'it contains itself');
  if (ancestors.size >= MAX_DEPTH) throw unreadable(path, `it is nested over ${MAX_DEPTH} deep`);
  ancestors.add(value);
  const out = Array.isArray(value)
    ? copyList(value, path, ancestors)
    : copyObject(value, path, ancestors);
  ancestors.delete(value);
  return out;
}

function copyList(list: unknown[], path: string, ancestors: Set<object>): unknown[] {
  if (list.length > MAX_ITEMS) throw unreadable(path, `it has over ${MAX_ITEMS} items`);
  // A hole in a sparse list is read as undefined, so each action's own check sees it.
  return Array.from({ length: list.length }, (_, i) => copy(list[i], `${path}[${i}]`, ancestors));
}

function copyObject(value: object, path: string, ancestors: Set<object>): Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw unreadable(path, 'it is not a plain object');
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value))
    out[key] = copy((value as Record<string, unknown>)[key], `${path}.${key}`, ancestors);
  return out;
}

function unreadable(path: string, why: string): AwsError {
  return new AwsError(
    'SerializationException',
    `The request could not be read: ${path.slice(0, 200)} is not JSON data (${why}).`,
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
