import { describe, expect, it } from 'vitest';
import { bothDecisions } from '../test/bothDecisions';
import { validateFilterPolicy } from './validate';

function decide(policy: unknown, body: unknown) {
  const { policy: compiled, error } = validateFilterPolicy(JSON.stringify(policy), 'MessageBody');
  if (compiled === undefined) throw error;
  const Message = typeof body === 'string' ? body : JSON.stringify(body);
  return bothDecisions(compiled, 'MessageBody', { Message });
}

const passes = (policy: unknown, body: unknown) => decide(policy, body).delivered;

describe('MessageBody scope', () => {
  it('follows nested keys and "$or" at any level (the LocalStack AWS example: 5 of 12 pass)', () => {
    const policy = {
      $or: [
        { metricName: ['CPUUtilization', 'ReadLatency'] },
        { namespace: ['AWS/EC2', 'AWS/ES'] },
      ],
      detail: {
        scope: ['Service'],
        $or: [{ source: ['aws.cloudwatch'] }, { type: ['CloudWatch Alarm State Change'] }],
      },
    };
    const alarm = 'CloudWatch Alarm State Change';
    const filtered = [
      { metricName: 'CPUUtilization', detail: { scope: 'aws.cloudwatch', type: alarm } },
      { metricName: 'CPUUtilization', detail: { scope: 'Service', type: 'CPUUtilization' } },
      { metricName: 'CPUUtilization', detail: { type: alarm } },
      { metricName: 'CPUUtilization', detail: { scope: 'Service' } },
      { metricName: 'CPUUtilization', scope: 'Service' },
      // Listed as passing in LocalStack's test, whose count is never asserted (the check sits in
      // a helper that is never called); neither names a listed metricName or namespace.
      { metricName: 'AWS/EC2', detail: { scope: 'Service', type: alarm } },
      { namespace: 'CPUUtilization', detail: { scope: 'Service', type: alarm } },
    ];
    const delivered = [
      { metricName: 'CPUUtilization', detail: { scope: 'Service', source: 'aws.cloudwatch' } },
      { metricName: 'ReadLatency', detail: { scope: 'Service', source: 'aws.cloudwatch' } },
      { namespace: 'AWS/EC2', detail: { scope: 'Service', source: 'aws.cloudwatch' } },
      { namespace: 'AWS/ES', detail: { scope: 'Service', source: 'aws.cloudwatch' } },
      { metricName: 'CPUUtilization', detail: { scope: 'Service', type: alarm } },
    ];
    for (const body of filtered) expect(passes(policy, body), JSON.stringify(body)).toBe(false);
    for (const body of delivered) expect(passes(policy, body), JSON.stringify(body)).toBe(true);
  });

  it('treats dots in keys as nesting, on both sides [V]', () => {
    expect(passes({ 'object.nested': ['v'] }, { object: { nested: 'v' } })).toBe(true);
    expect(passes({ 'object.nested': ['v'] }, { 'object.nested': 'v' })).toBe(true);
    for (const body of [
      { object: { nested: { test: 'v' } } },
      { 'object.nested.test': 'v' },
      { 'object.nested': { test: 'v' } },
      { object: { 'nested.test': 'v' } },
    ])
      expect(passes({ 'object.nested.test': ['v'] }, body)).toBe(true);
    expect(passes({ object: { nested: ['v'] } }, { 'object.nested': 'v' })).toBe(true);
  });

  it('looks through arrays, arrays of arrays included (the S3-event example) [V]', () => {
    const policy = {
      Records: {
        s3: { object: { key: [{ prefix: 'auto-' }] } },
        eventName: [{ prefix: 'ObjectCreated:' }],
      },
    };
    const record = (eventName: string, key: string) => ({ eventName, s3: { object: { key } } });
    expect(
      passes(policy, { Records: [record('ObjectCreated:Put', 'auto-insurance-2314.xml')] }),
    ).toBe(true);
    expect(
      passes(policy, { Records: [record('ObjectRemoved:Delete', 'auto-insurance-2314.xml')] }),
    ).toBe(false);
    expect(
      passes(policy, { Records: [record('ObjectCreated:Put', 'home-insurance-2314.xml')] }),
    ).toBe(false);
    const multiple = {
      Records: [
        { eventName: 'ObjectCreated:Put', s3: { object: [[{ key: 'auto-insurance-2314.xml' }]] } },
        record('ObjectRemoved:Delete', 'home-insurance-2314.xml'),
      ],
    };
    expect(passes(policy, multiple)).toBe(true);
  });

  it('matches the keys of one branch within one element of an array (native capture)', () => {
    const policy = { Records: { eventName: ['ObjectCreated:Put'], key: [{ prefix: 'auto-' }] } };
    const split = {
      Records: [
        { eventName: 'ObjectCreated:Put', key: 'home-1' },
        { eventName: 'ObjectRemoved:Delete', key: 'auto-1' },
      ],
    };
    const decision = decide(policy, split);
    expect(decision.delivered).toBe(false);
    expect(decision.branches[0]?.note).toContain('not within one element of the same array');
    expect(decision.branches[0]?.checks.every((check) => check.matched)).toBe(true);
    const together = {
      Records: [
        { eventName: 'ObjectRemoved:Delete', key: 'auto-0' },
        ...split.Records,
        { eventName: 'ObjectCreated:Put', key: 'auto-2' },
      ],
    };
    expect(passes(policy, together)).toBe(true);
    // Arrays inside array elements: the inner element must be shared too.
    const nested = {
      a: [
        {
          b: [
            { c: 1, d: 2 },
            { c: 3, d: 4 },
          ],
        },
        { b: [{ c: 5, d: 6 }] },
      ],
    };
    expect(passes({ a: { b: { c: [1], d: [4] } } }, nested)).toBe(false);
    expect(passes({ a: { b: { c: [3], d: [4] } } }, nested)).toBe(true);
    expect(passes({ a: { b: { c: [1], d: [6] } } }, nested)).toBe(false);
    // A value outside any array fits with every element.
    expect(
      passes({ 'a.b': ['x'], 'a.c': ['y'] }, { 'a.b': 'x', a: [{ c: 'n' }, { c: 'y' }] }),
    ).toBe(true);
    // Different arrays do not constrain each other.
    expect(passes({ a: ['x'], b: ['y'] }, { a: ['w', 'x'], b: ['y', 'z'] })).toBe(true);
  });

  it('matches a leaf array when any element matches, anything-but included [D]', () => {
    expect(
      passes({ customer_interests: ['rugby'] }, { customer_interests: ['rugby', 'baseball'] }),
    ).toBe(true);
    const anythingBut = { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] };
    expect(passes(anythingBut, { customer_interests: ['rugby', 'baseball'] })).toBe(true);
    expect(passes(anythingBut, { customer_interests: ['rugby', 'tennis'] })).toBe(false);
  });

  it('compares JSON types as they are: numbers, booleans, null, empty strings [V]', () => {
    expect(passes({ n: [100] }, { n: 100.0 })).toBe(true);
    expect(passes({ n: [100] }, { n: '100' })).toBe(false);
    expect(passes({ n: [{ numeric: ['>=', 1e9] }] }, { n: 1000000000 })).toBe(true);
    expect(passes({ b: [true] }, { b: true })).toBe(true);
    expect(passes({ b: [true] }, { b: 'true' })).toBe(false);
    expect(passes({ z: [null] }, { z: null })).toBe(true);
    expect(passes({ z: [null] }, {})).toBe(false);
    expect(passes({ e: [''] }, { e: '' })).toBe(true);
  });

  it('counts any leaf as present, null and "" included, but not [] or {} (native capture)', () => {
    const exists = { v: [{ exists: true }] };
    expect(passes(exists, { v: 'x' })).toBe(true);
    expect(passes(exists, { v: '' })).toBe(true);
    expect(passes(exists, { v: null })).toBe(true);
    expect(passes(exists, { v: [] })).toBe(false);
    expect(passes(exists, { v: {} })).toBe(false);
    expect(passes(exists, { w: 'x' })).toBe(false);
    const absent = { v: [{ exists: false }] };
    expect(passes(absent, { w: 'x' })).toBe(true);
    expect(passes(absent, { v: [] })).toBe(true);
    expect(passes(absent, { v: 0 })).toBe(false);
    // exists applies to leaves, not to the objects on the way [D].
    expect(passes({ detail: [{ exists: true }] }, { detail: { state: 'x' } })).toBe(false);
  });

  it.each([
    ['a plain string', 'Regular string message', 'the message body is not JSON'],
    [
      'a JSON string',
      JSON.stringify('Regular string message'),
      'the message body is JSON but not a JSON object',
    ],
    ['a JSON array', '[{"v":"x"}]', 'the message body is JSON but not a JSON object'],
  ])('never matches %s [V]', (_, body, reason) => {
    const decision = decide({ v: [{ exists: false }] }, body);
    expect(decision).toMatchObject({
      delivered: false,
      outcome: 'invalid-message-body',
      metrics: ['NumberOfNotificationsFilteredOut-InvalidMessageBody'],
    });
    expect(decision.sentence).toContain(reason);
  });

  it('counts an ordinary mismatch in FilteredOut and FilteredOut-MessageBody', () => {
    expect(decide({ v: ['a'] }, { v: 'b' }).metrics).toEqual([
      'NumberOfNotificationsFilteredOut',
      'NumberOfNotificationsFilteredOut-MessageBody',
    ]);
  });

  it('ignores the attributes when the scope is the body, and the body when it is the attributes', () => {
    const { policy } = validateFilterPolicy('{"v":["x"]}', 'MessageBody');
    if (policy === undefined) throw new Error('invalid');
    const message = {
      Message: '{"v":"y"}',
      MessageAttributes: { v: { DataType: 'String', StringValue: 'x' } },
    };
    expect(bothDecisions(policy, 'MessageBody', message).delivered).toBe(false);
    expect(bothDecisions(policy, 'MessageAttributes', message).delivered).toBe(true);
  });
});
