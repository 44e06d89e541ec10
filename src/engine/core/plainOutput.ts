/**
 * The door's copy of an answer, so that editing it cannot edit the world (a stored message's
 * attributes, a queue's tags). Answers are trees of JSON data and Uint8Array binary values; a
 * hand-written copy of those is several times cheaper than structuredClone, which was a third
 * of a send–receive–delete cycle through the door. Anything else is left to structuredClone.
 * Objects with no prototype (attribute maps) come back as plain objects, as structuredClone
 * gives them.
 */
declare function structuredClone<T>(value: T): T;

export function plainOutput<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(copy(value[i]));
    return out;
  }
  if (value instanceof Uint8Array) return value.slice();
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  // for…in reads the keys without making a list of them; Object.prototype's are not the answer's.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
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
