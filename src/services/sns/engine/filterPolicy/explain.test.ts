import { describe, expect, it } from 'vitest';
import { bothDecisions } from '../test/bothDecisions';
import type { FilterableMessage, FilterPolicyScope } from './types';
import { validateFilterPolicy } from './validate';

function decide(
  policy: unknown,
  message: FilterableMessage,
  scope: FilterPolicyScope = 'MessageAttributes',
) {
  const { policy: compiled, error } = validateFilterPolicy(JSON.stringify(policy), scope);
  if (compiled === undefined) throw error;
  return bothDecisions(compiled, scope, message);
}

const attributes = (values: Record<string, [string, string]>): FilterableMessage => ({
  Message: 'hello',
  MessageAttributes: Object.fromEntries(
    Object.entries(values).map(([name, [DataType, StringValue]]) => [
      name,
      { DataType, StringValue },
    ]),
  ),
});

describe('explanations a learner can read', () => {
  it('names the key, the clause, the value and why, for a message filtered out', () => {
    const decision = decide(
      { price_usd: [{ numeric: ['>=', 100] }], store: ['example_corp'] },
      attributes({ price_usd: ['Number', '99.5'], store: ['String', 'example_corp'] }),
    );
    expect(decision.branches).toEqual([
      {
        matched: false,
        checks: [
          {
            key: 'price_usd',
            matched: false,
            clause: '[{"numeric":[">=",100]}]',
            actual: '99.5',
            reason: 'price_usd is 99.5; the policy wants a number >= 100',
          },
          {
            key: 'store',
            matched: true,
            clause: '"example_corp"',
            actual: '"example_corp"',
            reason: 'store is "example_corp", a value the policy lists',
          },
        ],
      },
    ]);
    expect(decision.sentence).toBe(
      'Filtered out: price_usd is 99.5; the policy wants a number >= 100.',
    );
  });

  it('says which clause of a list matched, and which "$or" alternative delivered', () => {
    const decision = decide(
      {
        $or: [
          { sport: ['golf'] },
          { sport: ['rugby', { prefix: 'foot' }], price: [{ numeric: ['>', 0, '<=', 150] }] },
        ],
      },
      attributes({ sport: ['String', 'football'], price: ['Number', '150'] }),
    );
    expect(decision.delivered).toBe(true);
    expect(decision.branches[1]?.checks[0]).toMatchObject({
      clause: '{"prefix":"foot"}',
      actual: '"football"',
    });
    expect(decision.sentence).toBe(
      'Delivered: the filter policy matches (alternative 2 of 2 of "$or"): sport is "football", which is a string starting with "foot"; price is 150, which is a number > 0 and <= 150.',
    );
  });

  it('lists every alternative when none matches', () => {
    const decision = decide(
      { $or: [{ a: ['x'] }, { b: [{ exists: true }] }] },
      attributes({ a: ['String', 'y'] }),
    );
    expect(decision.sentence).toBe(
      'Filtered out: none of the 2 alternatives of "$or" matches: (1) a is "y"; the policy wants "x"; (2) the message has no attribute b; the policy wants the key to be present (exists: true).',
    );
  });

  it('explains absence, exists: false and several values', () => {
    const decision = decide(
      {
        gone: [{ exists: false }],
        tags: [{ 'anything-but': ['a', 'b'] }],
        missing: [{ suffix: '.jpg' }],
      },
      attributes({ tags: ['String.Array', '["a","b"]'] }),
    );
    expect(decision.branches[0]?.checks.map((check) => check.reason)).toEqual([
      'gone is absent, as {"exists":false} asks',
      'tags holds ["a","b"]; the policy wants anything but "a" or "b" for at least one of them',
      'the message has no attribute missing; the policy wants a string ending with ".jpg"',
    ]);
    expect(decision.branches[0]?.checks[2]?.actual).toBeUndefined();
  });

  it('points out a string that looks like a number, and a number compared with a string', () => {
    const asString = decide(
      { price: [{ numeric: ['>', 10] }] },
      attributes({ price: ['String', '20'] }),
    );
    expect(asString.sentence).toBe(
      'Filtered out: price is "20"; the policy wants a number > 10 (a string that looks like a number is still a string: numbers match only numbers).',
    );
    const asNumber = decide({ code: ['7'] }, attributes({ code: ['Number', '7'] }));
    expect(asNumber.sentence).toContain('(a number never equals a string in a filter policy');
  });

  it('words every outcome decided before the keys', () => {
    expect(decide({}, { Message: '' }).sentence).toBe(
      'Delivered: the subscription has no filter policy, so it receives every message.',
    );
    expect(decide({ a: ['x'] }, { Message: '' }).sentence).toBe(
      'Filtered out: the message has no message attributes, and a filter policy on message attributes never matches a message without any.',
    );
    expect(decide({ a: ['x'] }, attributes({ tags: ['String.Array', 'oops'] })).sentence).toBe(
      'Filtered out: SNS cannot read the message attribute "tags": its String.Array value "oops" is not a JSON array. One invalid attribute drops the message, even one the policy does not name.',
    );
    expect(decide({ a: ['x'] }, { Message: 'plain text' }, 'MessageBody').sentence).toBe(
      'Filtered out: this subscription filters on the message body, and the message body is not JSON; only a JSON object can match.',
    );
  });

  it('names body keys by their path', () => {
    const decision = decide(
      { detail: { state: ['ALARM'] } },
      { Message: '{"detail":{"state":"OK"}}' },
      'MessageBody',
    );
    expect(decision.sentence).toBe('Filtered out: detail.state is "OK"; the policy wants "ALARM".');
    const missing = decide({ detail: { state: ['ALARM'] } }, { Message: '{}' }, 'MessageBody');
    expect(missing.sentence).toBe(
      'Filtered out: the message body has no value at detail.state; the policy wants "ALARM".',
    );
  });
});
