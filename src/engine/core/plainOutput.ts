/**
 * The door's copy of an answer, so that editing it cannot edit the world (a stored message's
 * attributes, a queue's tags). Answers are trees of JSON data and Uint8Array binary values; a
 * hand-written copy of those is several times cheaper than structuredClone, which was a third
 * of a send–receive–delete cycle through the door. Anything else is left to structuredClone.
 */
declare function structuredClone<T>(value: T): T;

export function plainOutput<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Uint8Array) return value.slice();
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = copy((value as Record<string, unknown>)[key]);
    // A tag or attribute may be named "__proto__": it stays a member, never a prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: member,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = member;
  }
  return out;
}
