/**
 * The door's copy of an answer, so that editing it cannot edit the world (a stored message's
 * attributes, a resource's tags). Answers are trees of JSON data and Uint8Array binary values; a
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
  // A spread copies an object's own members in one step (half the time of one by one). A member
  // named "__proto__" (a tag, an attribute) stays a member: the spread defines it as its own,
  // so writing its copy below writes that member, never the prototype.
  const out: Record<string, unknown> = { ...value };
  for (const key in out) {
    const member = out[key];
    if (typeof member === 'object' && member !== null && Object.hasOwn(out, key))
      out[key] = copy(member);
  }
  return out;
}
