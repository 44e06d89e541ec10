import { decimalOfToken } from './decimal';
import { JsonNumber, readJson, type JsonValue } from './jsonReader';
import type { Leaf, LeafValue } from './types';

/**
 * A message body as the filter sees it: every scalar under its path, the keys on the way joined
 * by "." (so {"a": {"b": 1}} and {"a.b": 1} both have 1 at "a.b", [V] dot-attribute test), and
 * arrays looked through at any depth, each element remembered so that one branch of a policy
 * matches within one element of an array (native captures: conditions met by two different
 * elements do not match). Empty arrays and objects hold nothing. A body that is not a JSON object
 * never matches a MessageBody policy [V].
 */
export type BodyReading =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'read'; readonly leaves: ReadonlyMap<string, readonly Leaf[]> };

export function readBody(message: string): BodyReading {
  const read = readJson(message);
  if (!read.ok) return { kind: 'invalid', reason: 'the message body is not JSON' };
  if (!(read.value instanceof Map))
    return { kind: 'invalid', reason: 'the message body is JSON but not a JSON object' };
  const leaves = new Map<string, Leaf[]>();
  const walker = { leaves, arrays: 0 };
  walk(walker, '', read.value, []);
  return { kind: 'read', leaves };
}

interface Walker {
  readonly leaves: Map<string, Leaf[]>;
  arrays: number;
}

function walk(walker: Walker, path: string, value: JsonValue, arrays: Leaf['arrays']): void {
  if (value instanceof Map) {
    for (const [key, child] of value)
      walk(walker, path === '' ? key : `${path}.${key}`, child, arrays);
  } else if (Array.isArray(value)) {
    const id = walker.arrays++;
    value.forEach((element, index) => walk(walker, path, element, [...arrays, [id, index]]));
  } else {
    const leaf = { value: scalar(value), arrays };
    const list = walker.leaves.get(path);
    if (list === undefined) walker.leaves.set(path, [leaf]);
    else list.push(leaf);
  }
}

function scalar(value: string | boolean | JsonNumber | null): LeafValue {
  if (typeof value === 'string') return { kind: 'string', value };
  if (value instanceof JsonNumber) return { kind: 'number', value: decimalOfToken(value) };
  if (value === null) return { kind: 'null' };
  return { kind: 'boolean', value };
}
