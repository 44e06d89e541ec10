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
    return copy(value, [], []);
  } catch (error) {
    if (error instanceof AwsError) throw error;
    throw unreadable([], `reading it failed (${describeError(error)})`);
  }
}

/**
 * `ancestors` are the objects being copied around `value` (a cycle is one of them again) and
 * `keys` the members that lead to it, kept as a stack: the path is only spelled out for an error,
 * so a call that reads fine builds no strings.
 */
function copy(value: unknown, ancestors: object[], keys: (string | number)[]): unknown {
  switch (typeof value) {
    case 'undefined':
    case 'boolean':
    case 'string':
    case 'number':
      return value;
    case 'object':
      break;
    default:
      throw unreadable(keys, `it is a ${typeof value}, which a JSON body cannot carry`);
  }
  if (value === null) return null;
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (ancestors.includes(value)) throw unreadable(keys, 'it contains itself');
  if (ancestors.length >= MAX_DEPTH) throw unreadable(keys, `it is nested over ${MAX_DEPTH} deep`);
  ancestors.push(value);
  const out = Array.isArray(value)
    ? copyList(value, ancestors, keys)
    : copyObject(value, ancestors, keys);
  ancestors.pop();
  return out;
}

function copyList(list: unknown[], ancestors: object[], keys: (string | number)[]): unknown[] {
  if (list.length > MAX_ITEMS) throw unreadable(keys, `it has over ${MAX_ITEMS} items`);
  const out: unknown[] = [];
  // A hole in a sparse list is read as undefined, so each action's own check sees it.
  for (let i = 0; i < list.length; i++) {
    keys.push(i);
    out.push(copy(list[i], ancestors, keys));
    keys.pop();
  }
  return out;
}

function copyObject(
  value: object,
  ancestors: object[],
  keys: (string | number)[],
): Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw unreadable(keys, 'it is not a plain object');
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    keys.push(key);
    out[key] = copy((value as Record<string, unknown>)[key], ancestors, keys);
    keys.pop();
  }
  return out;
}

function unreadable(keys: readonly (string | number)[], why: string): AwsError {
  let path = 'input';
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : `.${key}`;
  return new AwsError(
    'SerializationException',
    `The request could not be read: ${path.slice(0, 200)} is not JSON data (${why}).`,
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
