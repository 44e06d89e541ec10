import { describe, expect, it } from 'vitest';
import { readJson, type JsonObject } from './jsonReader';
import { combinations, MAX_POLICY_BYTES } from './limits';
import { validateFilterPolicy } from './validate';

const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);

function refusal(policy: unknown, scope: 'MessageAttributes' | 'MessageBody' = 'MessageBody') {
  const text = typeof policy === 'string' ? policy : JSON.stringify(policy);
  return validateFilterPolicy(text, scope).error?.message;
}

function count(policy: unknown): number {
  const read = readJson(JSON.stringify(policy));
  if (!read.ok) throw new Error(read.message);
  return combinations(read.value as JsonObject);
}

/** A key nested `depth` levels deep: {"k1": {"k2": ... {"kN": [values]}}}. */
function nestedTo(depth: number, list: string[]): unknown {
  let policy: unknown = list;
  for (let level = depth; level >= 1; level--) policy = { [`k${level}`]: policy };
  return policy;
}

describe('filter policy limits [D] subscription-filter-policy-constraints', () => {
  it('allows five keys and refuses the sixth', () => {
    const five = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k) => [k, ['x']]));
    expect(refusal(five)).toBeUndefined();
    expect(refusal({ ...five, f: ['x'] })).toBe(
      'Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys',
    );
  });

  it('counts only the parent keys of a nested policy, and "$or" as one key', () => {
    const deep = { a: { b: ['x'], c: ['x'], d: ['x'], e: ['x'], f: ['x'], g: ['x'] } };
    expect(refusal(deep)).toBeUndefined();
    const four = { a: ['x'], b: ['x'], c: ['x'], d: ['x'] };
    expect(refusal({ ...four, $or: [{ e: ['x'] }, { f: ['x'] }] })).toBeUndefined();
    expect(refusal({ ...four, e: ['x'], $or: [{ f: ['x'] }, { g: ['x'] }] })).toContain(
      'more than 5 keys',
    );
  });

  it('allows 150 values in one list and refuses 151', () => {
    expect(refusal({ key: values(150) })).toBeUndefined();
    expect(refusal({ key: values(151) })).toBe(
      'Invalid parameter: FilterPolicy: Filter policy is too complex',
    );
  });

  it('multiplies the lists: 100 × 51 values in two keys is too complex [V]', () => {
    expect(count({ a: values(100), b: values(51) })).toBe(5100);
    expect(refusal({ a: values(100), b: values(51) })).toContain('too complex');
    expect(refusal({ a: values(75), b: values(2) })).toBeUndefined();
    expect(refusal({ a: values(76), b: values(2) })).toContain('too complex');
  });

  it('weighs a nested list by its depth: the documented 3·1·2 = 6, 72 and 216 [D][V]', () => {
    expect(count({ key_a: values(3), key_b: values(1), key_c: values(2) })).toBe(6);
    const nested = { key_a: { key_b: { key_c: values(4) } }, key_d: { key_e: values(3) } };
    expect(count(nested)).toBe(72);
    expect(count({ ...nested, key_f: values(3) })).toBe(216);
    expect(refusal({ ...nested, key_f: values(3) })).toContain('too complex');
    expect(refusal({ ...nested, key_f: values(2) })).toBeUndefined(); // 144
  });

  it('lets "$or" add up its alternatives: 150 accepted, 152 refused [V]', () => {
    const policy = (source: number, spaceId: number) => ({
      source: values(source),
      $or: [
        { metricName: values(6) },
        { metricType: values(4), $or: [{ metricId: values(4) }, { spaceId: values(spaceId) }] },
      ],
    });
    expect(count(policy(4, 4))).toBe(152); // 4·6 + 4·4·4 + 4·4·4
    expect(refusal(policy(4, 4), 'MessageAttributes')).toContain('too complex');
    expect(count(policy(3, 7))).toBe(150); // 18 + 48 + 84
    expect(refusal(policy(3, 7), 'MessageAttributes')).toBeUndefined();
  });

  it('counts "$or" inside a nested key at that depth: 160 is refused [V]', () => {
    const policy = {
      $or: [{ metricName: values(3) }, { namespace: values(2) }],
      detail: { scope: values(2), $or: [{ source: values(1) }, { type: values(3) }] },
    };
    expect(count(policy)).toBe(160);
    expect(refusal(policy)).toContain('too complex');
  });

  it('bounds nesting through the depth weight: one value 150 levels deep is allowed, 151 is not', () => {
    expect(count(nestedTo(150, ['x']))).toBe(150);
    expect(refusal(nestedTo(150, ['x']))).toBeUndefined();
    expect(refusal(nestedTo(151, ['x']))).toContain('too complex');
  });

  it('refuses more than 256 KB of policy, counted in UTF-8 bytes', () => {
    const fill = (bytes: number) => `{"k":["${'a'.repeat(bytes - 10)}"]}`;
    expect(fill(MAX_POLICY_BYTES)).toHaveLength(MAX_POLICY_BYTES);
    expect(refusal(fill(MAX_POLICY_BYTES))).toBeUndefined();
    expect(refusal(fill(MAX_POLICY_BYTES + 1))).toBe(
      'Invalid parameter: FilterPolicy: Filter policy is too large',
    );
    // 'é' is one character and two bytes.
    const wide = `{"k":["${'é'.repeat(MAX_POLICY_BYTES / 2 - 4)}"]}`;
    expect(wide.length).toBeLessThan(MAX_POLICY_BYTES);
    expect(refusal(wide)).toContain('too large');
  });

  it('checks the keys before the combinations, and both before the rules', () => {
    const six = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, values(151)]));
    expect(refusal(six)).toContain('more than 5 keys');
    expect(refusal({ a: values(151), b: [{ bad: 1 }] })).toContain('too complex');
  });

  it('does not unfold a huge "$or" tree that an empty list hides from the count', () => {
    let tree: unknown = { leaf: ['x'] };
    for (let i = 0; i < 8; i++) tree = { $or: [tree, tree] }; // 256 alternatives
    expect(refusal({ a: tree, z: [] })).toContain('too complex');
  });
});
