import { describe, expect, it } from 'vitest';
import { bothDecisions } from '../test/bothDecisions';
import type { MessageAttributeValue } from './types';
import { validateFilterPolicy } from './validate';

function decide(policy: unknown, attributes?: Record<string, MessageAttributeValue>) {
  const { policy: compiled, error } = validateFilterPolicy(
    JSON.stringify(policy),
    'MessageAttributes',
  );
  if (compiled === undefined) throw error;
  return bothDecisions(compiled, 'MessageAttributes', {
    Message: '{"ignored": "the body"}',
    MessageAttributes: attributes,
  });
}

const string = (StringValue: string) => ({ DataType: 'String', StringValue });
const array = (StringValue: string) => ({ DataType: 'String.Array', StringValue });

describe('MessageAttributes scope', () => {
  it('matches a String.Array when any element matches [D][V]', () => {
    const interests = array('["soccer", "rugby", "hockey"]');
    expect(
      decide({ customer_interests: ['rugby', 'tennis'] }, { customer_interests: interests })
        .delivered,
    ).toBe(true);
    expect(
      decide({ customer_interests: ['golf'] }, { customer_interests: interests }).delivered,
    ).toBe(false);
    expect(decide({ v: ['value1'] }, { v: array('["value1","value2"]') }).delivered).toBe(true);
    expect(decide({ v: ['value1'] }, { v: array('["value2","value3"]') }).delivered).toBe(false);
    expect(decide({ n: [5] }, { n: array('[1, 5]') }).delivered).toBe(true);
  });

  it('lets anything-but match a String.Array holding one value that is not listed (native capture)', () => {
    expect(
      decide({ d: [{ 'anything-but': ['bad'] }] }, { d: array('["bad","good"]') }).delivered,
    ).toBe(true);
    expect(decide({ d: [{ 'anything-but': ['bad'] }] }, { d: array('["bad"]') }).delivered).toBe(
      false,
    );
  });

  it('compares the escaped form of " and \\, so a policy must double-escape them [D]', () => {
    const quoted = { q: string('say "hi"') };
    expect(decide({ q: ['say "hi"'] }, quoted).delivered).toBe(false);
    expect(decide({ q: ['say \\"hi\\"'] }, quoted).delivered).toBe(true);
    expect(decide({ q: ['a\\\\b'] }, { q: string('a\\b') }).delivered).toBe(true);
  });

  it('treats String.<label> and Number.<label> as String and Number', () => {
    expect(
      decide({ a: ['x'] }, { a: { DataType: 'String.custom', StringValue: 'x' } }).delivered,
    ).toBe(true);
    expect(
      decide(
        { a: [{ numeric: ['>', 1] }] },
        { a: { DataType: 'Number.float', StringValue: '1.5' } },
      ).delivered,
    ).toBe(true);
  });

  it('does not compare Binary attributes, yet they count as attributes [D]', () => {
    const binary = { DataType: 'Binary', BinaryValue: new Uint8Array([1]) };
    const present = decide({ b: [{ exists: true }] }, { b: binary });
    expect(present).toMatchObject({ delivered: false, outcome: 'filtered-out' });
    expect(present.branches[0]?.checks[0]?.reason).toBe(
      'b is a Binary attribute, which SNS does not compare; the policy wants the key to be present (exists: true)',
    );
    expect(decide({ b: [{ exists: false }] }, { b: binary }).delivered).toBe(true);
  });

  it('filters out a message with no attributes at all, even for exists: false [D]', () => {
    for (const attributes of [undefined, {}]) {
      const decision = decide({ store: [{ exists: false }] }, attributes);
      expect(decision).toMatchObject({
        delivered: false,
        outcome: 'no-message-attributes',
        metrics: ['NumberOfNotificationsFilteredOut-NoMessageAttributes'],
        branches: [],
      });
    }
  });

  it.each([
    ['a String.Array that is not JSON', array('not-json')],
    ['a String.Array in single quotes', array("['anything']")],
    ['a String.Array that is an object', array('{"a":1}')],
    ['a String.Array holding an array', array('[["a"]]')],
    ['a Number written ".5"', { DataType: 'Number', StringValue: '.5' }],
    ['a Number written "+5"', { DataType: 'Number', StringValue: '+5' }],
    ['a String with no value', { DataType: 'String' }],
  ])('drops the message for %s, named by the policy or not (native capture)', (_, bad) => {
    const named = decide({ value: ['allow'] }, { value: bad });
    const unnamed = decide({ value: ['allow'] }, { value: string('allow'), unused: bad });
    for (const decision of [named, unnamed]) {
      expect(decision).toMatchObject({
        delivered: false,
        outcome: 'invalid-attributes',
        metrics: ['NumberOfNotificationsFilteredOut-InvalidAttributes'],
      });
    }
  });

  it('counts an ordinary mismatch in FilteredOut and FilteredOut-MessageAttributes', () => {
    const decision = decide({ store: ['a'] }, { store: string('b') });
    expect(decision.metrics).toEqual([
      'NumberOfNotificationsFilteredOut',
      'NumberOfNotificationsFilteredOut-MessageAttributes',
    ]);
    expect(decide({ store: ['a'] }, { store: string('a') }).metrics).toEqual([]);
  });

  it('reads attributes defensively: own keys only, odd shapes are invalid, never a throw', () => {
    const inherited = Object.create({ store: string('a') }) as Record<
      string,
      MessageAttributeValue
    >;
    expect(decide({ store: ['a'] }, inherited).outcome).toBe('no-message-attributes');
    const weird = { store: 'a' } as unknown as Record<string, MessageAttributeValue>;
    expect(decide({ store: ['a'] }, weird).outcome).toBe('invalid-attributes');
    const odd = { store: { DataType: 'Decimal', StringValue: '1' } };
    expect(decide({ store: ['a'] }, odd).outcome).toBe('invalid-attributes');
  });

  it('routes the insurance quotes of L27: car and boat to one system, life to another, all to analytics', () => {
    const quote = (type: string) => ({ insurance_type: string(type) });
    const vehicles = { insurance_type: ['car', 'boat'] };
    const life = { insurance_type: ['life'] };
    const route = (type: string) =>
      [vehicles, life].map((policy) => decide(policy, quote(type)).delivered);
    expect(route('car')).toEqual([true, false]);
    expect(route('boat')).toEqual([true, false]);
    expect(route('life')).toEqual([false, true]);
    expect(decide({}, quote('life')).delivered).toBe(true); // analytics: no policy
  });

  it('delivers everything when the policy is {}', () => {
    expect(decide({}, undefined)).toMatchObject({ delivered: true, outcome: 'no-policy' });
  });
});
