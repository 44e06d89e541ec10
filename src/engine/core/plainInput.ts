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
    return copy(value, undefined, undefined);
  } catch (error) {
    if (error instanceof AwsError) throw error;
    throw unreadable(undefined, undefined, `reading it failed (${describeError(error)})`);
  }
}

/**
 * An object or list being copied, and how it was reached: its parents are the ones a cycle would
 * meet again, and their keys spell the path of an error. Only an error spells it out, so a call
 * that reads fine builds no strings; a frame per object is the only bookkeeping a call costs.
 */
interface Frame {
  readonly value: object;
  readonly key: Key;
  readonly parent: Frame | undefined;
  readonly depth: number;
}
type Key = string | number | undefined;

/** `value`, found under `key` in `parent` (the input itself has neither). */
function copy(value: unknown, key: Key, parent: Frame | undefined): unknown {
  switch (typeof value) {
    case 'undefined':
    case 'boolean':
    case 'string':
    case 'number':
      return value;
    case 'object':
      break;
    default:
      throw unreadable(key, parent, `it is a ${typeof value}, which a JSON body cannot carry`);
  }
  if (value === null) return null;
  if (value instanceof Uint8Array) return new Uint8Array(value);
  for (let f = parent; f !== undefined; f = f.parent)
    if (f.value === value) throw unreadable(key, parent, 'it contains itself');
  const depth = parent === undefined ? 0 : parent.depth + 1;
  if (depth >= MAX_DEPTH) throw unreadable(key, parent, `it is nested over ${MAX_DEPTH} deep`);
  const frame: Frame = { value, key, parent, depth };
  return Array.isArray(value) ? copyList(value, frame) : copyObject(value, frame);
}

function copyList(list: unknown[], frame: Frame): unknown[] {
  if (list.length > MAX_ITEMS)
    throw unreadable(frame.key, frame.parent, `it has over ${MAX_ITEMS} items`);
  const out: unknown[] = [];
  // A hole in a sparse list is read as undefined, so each action's own check sees it.
  for (let i = 0; i < list.length; i++) out.push(copy(list[i], i, frame));
  return out;
}

function copyObject(value: object, frame: Frame): Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw unreadable(frame.key, frame.parent, 'it is not a plain object');
  // Object.create(null) would make a dictionary-mode object, several times the size (about 180
  // more bytes of garbage per call); this one keeps fast properties and has no prototype either.
  const out = Object.setPrototypeOf({}, null) as Record<string, unknown>;
  // for…in reads the keys without making a list of them; Object.prototype's are not the caller's.
  for (const key in value) {
    if (Object.hasOwn(value, key))
      out[key] = copy((value as Record<string, unknown>)[key], key, frame);
  }
  return out;
}

function unreadable(key: Key, parent: Frame | undefined, why: string): AwsError {
  let path = key === undefined ? '' : step(key);
  for (let f = parent; f !== undefined && f.key !== undefined; f = f.parent)
    path = step(f.key) + path;
  return new AwsError(
    'SerializationException',
    `The request could not be read: ${`input${path}`.slice(0, 200)} is not JSON data (${why}).`,
  );
}

function step(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `.${key}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
