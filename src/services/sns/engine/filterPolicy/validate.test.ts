import { describe, expect, it } from 'vitest';
import { validateFilterPolicy, validateFilterPolicyScope } from './validate';

/** The reason a SetSubscriptionAttributes call would get (the text after "FilterPolicy: "). */
function reason(policy: unknown, scope: 'MessageAttributes' | 'MessageBody' = 'MessageAttributes') {
  const text = typeof policy === 'string' ? policy : JSON.stringify(policy);
  const { error } = validateFilterPolicy(text, scope);
  return error?.message.replace('Invalid parameter: FilterPolicy: ', '');
}

describe('validateFilterPolicy: the refusals AWS was seen to give (sqs-sns.md 3.4)', () => {
  it.each([
    [{ key: [['value']] }, 'Match value must be String, number, true, false, or null'],
    [{ key: [{ 'wrong-operator': true }] }, 'Unrecognized match type wrong-operator'],
    [{ key: [{ suffix: 'value', prefix: 'value2' }] }, 'Only one key allowed in match expression'],
    [{ key: [] }, 'Empty arrays are not allowed'],
    [{ key: [{ suffix: 100 }] }, 'suffix match pattern must be a string'],
    [{ key: [{ suffix: null }] }, 'suffix match pattern must be a string'],
    [{ key: [{ suffix: [] }] }, 'suffix match pattern must be a string'],
    [{ key: [{ suffix: ['test', 'test2'] }] }, 'suffix match pattern must be a string'],
    [{ key: { suffix: 'value' } }, '"suffix" must be an object or an array'],
    [{ key: { 'not-an-operator': 'value' } }, '"not-an-operator" must be an object or an array'],
    [{ key_a: 'value_one' }, '"key_a" must be an object or an array'],
    [{ key: [{ cidr: ['bad-filter'] }] }, 'prefix match pattern must be a string'],
    [{ key: [{ cidr: 'bad-filter' }] }, "Malformed CIDR, one '/' required"],
    [{ key: [{ cidr: 'bad-filter/64' }] }, 'Nonstandard IP address: bad-filter'],
    [{ key: [{ cidr: 'bad-/64filter' }] }, 'Malformed CIDR, mask bits must be an integer'],
    [{ key: [{ cidr: 'xx.11.xx/8' }] }, 'Nonstandard IP address: xx.11.xx'],
    [
      { key: [{ cidr: 'xxxx:db8:1234:1a00::/64' }] },
      'Nonstandard IP address: xxxx:db8:1234:1a00::',
    ],
    [{ key: [{ numeric: [] }] }, 'Invalid member in numeric match: ]'],
    [{ key: [{ numeric: ['operator'] }] }, 'Unrecognized numeric range operator: operator'],
    [{ key: [{ numeric: [1, '<='] }] }, 'Invalid member in numeric match: 1'],
    [{ key: [{ numeric: ['=', '000'] }] }, 'Value of equals must be numeric'],
    [{ key: [{ numeric: ['>='] }] }, 'Value of >= must be numeric'],
    [{ key: [{ numeric: ['<', 100, '>', 10] }] }, 'Too many elements in numeric expression'],
    [{ key: [{ numeric: ['>=', 1, '>', 2] }] }, 'Bad numeric range operator: >'],
    [{ key: [{ numeric: ['>', 3, '<', 1] }] }, 'Bottom must be less than top'],
    [{ key: [{ numeric: ['>', 20, '<='] }] }, 'Value of <= must be numeric'],
    [{ key: [{ numeric: ['>', 20, 30] }] }, 'Bad value in numeric range: 30'],
    [{ key: [{ numeric: ['>', 20, 'test'] }] }, 'Bad numeric range operator: test'],
    [{ key: [{ numeric: ['>', '20', '<', '30'] }] }, 'Value of > must be numeric'],
    [{ key: [{ numeric: ['>', 20, '<', '30'] }] }, 'Value of < must be numeric'],
    [
      { key: [{ numeric: ['>', 20, '<', 30, '<', 50] }] },
      'Too many terms in numeric range expression',
    ],
    [{ key: [{ exists: null }] }, 'exists match pattern must be either true or false.'],
    [{ key: [{ exists: 'no' }] }, 'exists match pattern must be either true or false.'],
    [
      { key: [{ 'anything-but': { 'wrong-operator': null } }] },
      'Unsupported anything-but pattern: wrong-operator',
    ],
    [{ key: [{ 'anything-but': { exists: false } }] }, 'Unsupported anything-but pattern: exists'],
    [
      { a: [1], b: [1], c: [1], d: [1], e: [1], f: [1] },
      'Filter policy can not have more than 5 keys',
    ],
    [{ key: Array.from({ length: 151 }, (_, i) => i) }, 'Filter policy is too complex'],
  ])('%j: %s', (policy, expected) => {
    expect(reason(policy)).toBe(expected);
  });

  it.each([
    // Native captures, September 2026 (Subscribe, MessageAttributes unless said).
    ['["x"]', 'Filter is not an object'],
    [{ v: [{ numeric: ['>', 1, '<='] }] }, 'Value of <= must be numeric'],
    [{ v: [{ 'owned-unknown': 'x' }] }, 'Unrecognized match type owned-unknown'],
    [{ $or: [{ v: ['x'] }] }, 'There must have at least 2 Objects in $or relationship.'],
    [{ $or: ['literal'] }, 'Only JSON object is allowed in array of $or relationship.'],
  ])('%j: %s (native capture)', (policy, expected) => {
    expect(reason(policy, 'MessageBody')).toBe(expected);
  });

  it('words the refusal for Subscribe and for SetSubscriptionAttributes as AWS does', () => {
    const subscribe = validateFilterPolicy('{invalid', 'MessageAttributes', 'Subscribe').error;
    expect(subscribe?.message).toBe(
      "Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name",
    );
    expect(subscribe?.name).toBe('InvalidParameterException');
    expect(subscribe?.code).toBe('InvalidParameter');
    expect(subscribe?.status).toBe(400);
    expect(validateFilterPolicy('invalid', 'MessageAttributes').error?.message).toBe(
      "Invalid parameter: FilterPolicy: failed to parse JSON. Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    );
  });

  it('refuses nested keys for MessageAttributes without the "FilterPolicy:" segment', () => {
    const nested = '{"detail":{"state":["ALARM"]}}';
    expect(validateFilterPolicy(nested, 'MessageAttributes').error?.message).toBe(
      'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy',
    );
    expect(validateFilterPolicy(nested, 'MessageAttributes', 'Subscribe').error?.message).toBe(
      'Invalid parameter: Attributes Reason: Filter policy scope MessageAttributes does not support nested filter policy',
    );
    expect(validateFilterPolicy(nested, 'MessageBody').policy?.branches).toHaveLength(1);
    // A broken rule inside the nested object is reported first [V].
    expect(reason({ key: { suffix: 'value' } })).toBe('"suffix" must be an object or an array');
    // "$or" is not nesting: it works on attributes too.
    expect(reason({ $or: [{ a: ['x'] }, { b: ['y'] }] })).toBeUndefined();
    expect(reason({ $or: [{ a: { b: ['x'] } }, { c: ['y'] }] })).toBe(
      'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy',
    );
  });

  it.each([
    [{ key: [{ 'anything-but': { prefix: 'test-' } }] }],
    [{ key: [{ 'anything-but': ['test', 'test2'] }] }],
    [{ key: [{ 'anything-but': 'test' }] }],
    [{ key: [{ 'anything-but': [100, 500] }] }],
    // Admitted by SNS in the 2026 captures (older answers refused anything-but suffix).
    [{ v: [{ 'anything-but': { suffix: '.tmp' } }] }],
    [{ v: [{ prefix: { 'equals-ignore-case': 'abc' } }] }],
    [{ v: [{ suffix: { 'equals-ignore-case': 'abc' } }] }],
    [{ v: [{ 'anything-but': { 'equals-ignore-case': ['a', 'B'] } }] }],
    [{ v: [{ 'anything-but': { 'equals-ignore-case': '' } }] }],
    [{ v: [{ numeric: ['=', 301.5] }, { numeric: ['>', 0, '<=', 150] }, { cidr: '10.0.0.0/24' }] }],
    [{ v: ['', null, true, false, 3.015e2, { exists: false }, { 'equals-ignore-case': 'x' }] }],
  ])('accepts %j', (policy) => {
    expect(reason(policy)).toBeUndefined();
  });

  it.each([
    [
      { key: [{ 'anything-but': { prefix: false } }] },
      'Value of anything-but must be an array or single string/number value.',
    ],
    [{ key: [{ 'anything-but': { prefix: 5 } }] }, 'prefix/suffix match pattern must be a string'],
    [{ key: [{ 'anything-but': { suffix: '' } }] }, 'Null prefix/suffix not allowed'],
    [{ key: [{ 'anything-but': { prefix: ['a', ''] } }] }, 'Null prefix/suffix not allowed'],
    [
      { key: [{ 'anything-but': { 'equals-ignore-case': [1] } }] },
      'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
    ],
    [{ key: [{ 'anything-but': {} }] }, 'Anything-But expression name not found'],
    [
      { key: [{ 'anything-but': { prefix: 'a', suffix: 'b' } }] },
      'Too many elements in numeric expression',
    ],
    [
      { key: [{ 'anything-but': { wildcard: 'a*' } }] },
      'Unsupported anything-but pattern: wildcard',
    ],
    [
      { key: [{ 'anything-but': null }] },
      'Value of anything-but must be an array or single string/number value.',
    ],
    [
      { key: [{ 'anything-but': ['a', 1] }] },
      'Inside anything but list, either all values are number or string, mixed type is not supported',
    ],
    [
      { key: [{ 'anything-but': [] }] },
      'Inside anything but list, either all values are number or string, mixed type is not supported',
    ],
    [
      { key: [{ 'anything-but': [true] }] },
      'Inside anything but list, start|null|boolean is not supported.',
    ],
    [{ key: [{ 'anything-but': 'a', prefix: 'b' }] }, 'Too many elements in numeric expression'],
    [{ key: [{ numeric: '>' }] }, 'Value of numeric must be an array.'],
    [{ key: [{ numeric: ['=', 5, '<', 9] }] }, 'Too many elements in numeric expression'],
    [{ key: [{ numeric: ['>=', 5, '<=', 5] }] }, 'Bottom must be less than top'],
    [{ key: [{ numeric: ['>', 1], prefix: 'a' }] }, 'Too many elements in numeric expression'],
    [
      { key: [{ prefix: { 'equals-ignore-case': 1 } }] },
      'equals-ignore-case match pattern must be a string',
    ],
    [{ key: [{ prefix: { suffix: 'a' } }] }, 'Unsupported prefix pattern: suffix'],
    [{ key: [{ suffix: {} }] }, 'Suffix expression name not found'],
    [
      { key: [{ prefix: { 'equals-ignore-case': 'a', x: 1 } }] },
      'Only one key allowed in match expression',
    ],
    [{ key: [{ 'equals-ignore-case': 5 }] }, 'equals-ignore-case match pattern must be a string'],
    [{ key: [{ exists: true, prefix: 'a' }] }, 'Only one key allowed in match expression'],
    [{ key: [{}] }, 'Match expression name not found'],
    [{ key: [{ wildcard: 'a*' }] }, 'Unrecognized match type wildcard'],
    [{ key: [{ cidr: '10.0.0.256/8' }] }, 'Invalid IP address: 10.0.0.256'],
    [{ key: [{ cidr: '10.0.0.0/32' }] }, 'IPv4 mask bits must be < 32'],
    [{ key: [{ cidr: '::/128' }] }, 'IPv6 mask bits must be < 128'],
    [{ key: [{ cidr: '10.0.0.0/-1' }] }, 'Malformed CIDR, mask bits must not be negative'],
    [{ key: {} }, 'Empty objects are not allowed'],
    [{ $or: { a: ['x'] } }, 'It must be an Array followed with $or.'],
    [
      { $or: [{ prefix: ['x'] }, { b: ['y'] }] },
      'prefix is Ruler reserved fieldName which cannot be used inside $or.',
    ],
    [{ $or: [{ a: ['x'] }, {}] }, 'Empty objects are not allowed'],
  ])('%j: %s (event-ruler, the matcher SNS runs)', (policy, expected) => {
    expect(reason(policy, 'MessageBody')).toBe(expected);
  });

  it('reports the first problem in document order', () => {
    expect(reason({ a: [{ prefix: 1 }], b: [] })).toBe('prefix match pattern must be a string');
    expect(reason({ b: [], a: [{ prefix: 1 }] })).toBe('Empty arrays are not allowed');
  });

  it('treats {} and an empty text as a policy that filters nothing', () => {
    expect(validateFilterPolicy('{}', 'MessageAttributes').policy).toEqual({ branches: [] });
    expect(validateFilterPolicy('', 'MessageBody').policy).toEqual({ branches: [] });
    expect(validateFilterPolicy(' \n', 'MessageBody').policy).toEqual({ branches: [] });
  });

  it('reads keys as data, never as the prototype', () => {
    const { policy } = validateFilterPolicy(
      '{"__proto__":["x"],"constructor":["y"]}',
      'MessageAttributes',
    );
    expect(policy?.branches[0]?.fields.map((f) => f.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('validateFilterPolicyScope', () => {
  it('accepts the two scopes and refuses anything else with AWS text [V]', () => {
    expect(validateFilterPolicyScope('MessageBody')).toBeUndefined();
    expect(validateFilterPolicyScope('MessageAttributes')).toBeUndefined();
    expect(validateFilterPolicyScope('RandomValue')?.message).toBe(
      'Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes',
    );
    expect(validateFilterPolicyScope('messagebody', 'Subscribe')?.code).toBe('InvalidParameter');
  });
});
