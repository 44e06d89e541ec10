import { describe, expect, it } from 'vitest';
import { bothDecisions } from '../test/bothDecisions';
import type { MessageAttributeValue } from './types';
import { validateFilterPolicy } from './validate';

/** Whether a one-key policy {"k": [clause]} lets through a message whose attribute k is `value`. */
function passes(clause: unknown, value: MessageAttributeValue): boolean {
  const { policy, error } = validateFilterPolicy(
    JSON.stringify({ k: [clause] }),
    'MessageAttributes',
  );
  if (policy === undefined) throw error;
  return bothDecisions(policy, 'MessageAttributes', {
    Message: 'body',
    MessageAttributes: { k: value, other: { DataType: 'String', StringValue: 'x' } },
  }).delivered;
}

const string = (StringValue: string) => ({ DataType: 'String', StringValue });
const number = (StringValue: string) => ({ DataType: 'Number', StringValue });
const array = (items: unknown[]) => ({
  DataType: 'String.Array',
  StringValue: JSON.stringify(items),
});

type Row = [clause: unknown, value: MessageAttributeValue, expected: boolean];

describe('filter operators on message attributes', () => {
  it.each<Row>([
    // Exact strings: case-sensitive, type-sensitive [D].
    ['rugby', string('rugby'), true],
    ['rugby', string('Rugby'), false],
    ['', string(''), true],
    ['100', number('100'), false],
    // Exact numbers: numeric equality, 5 decimals [D].
    [100, number('100'), true],
    [100, number('100.0'), true],
    [100, number('1e2'), true],
    [301.5, number('3.015e2'), true],
    [100, string('100'), false],
    [100.123456789, number('100.1234567'), true],
    [100.12345, number('100.12346'), false],
    [0, number('0.000004'), true],
    [0, number('0.000005'), false],
    // Booleans and null match JSON values of a String.Array.
    [true, array([true]), true],
    [true, string('true'), false],
    [null, array([null]), true],
    [null, string('null'), false],
    // prefix, suffix, equals-ignore-case.
    [{ prefix: 'bas' }, string('baseball'), true],
    [{ prefix: 'bas' }, string('rugby'), false],
    [{ prefix: 'Bas' }, string('baseball'), false],
    [{ prefix: '' }, string('anything'), true],
    [{ prefix: '1' }, number('100'), false],
    [{ suffix: 'ball' }, string('baseball'), true],
    [{ suffix: 'ball' }, string('balls'), false],
    [{ 'equals-ignore-case': 'tennis' }, string('TeNnis'), true],
    [{ 'equals-ignore-case': 'tennis' }, string('tenis'), false],
    [{ prefix: { 'equals-ignore-case': 'ABC' } }, string('abcdef'), true],
    [{ prefix: { 'equals-ignore-case': 'ABC' } }, string('xabc'), false],
    [{ suffix: { 'equals-ignore-case': '.JPG' } }, string('cat.jpg'), true],
    [{ suffix: { 'equals-ignore-case': '.JPG' } }, string('cat.png'), false],
    // anything-but: any present value that is not listed [D].
    [{ 'anything-but': ['rugby', 'tennis'] }, string('baseball'), true],
    [{ 'anything-but': ['rugby', 'tennis'] }, string('rugby'), false],
    [{ 'anything-but': 'rugby' }, string('tennis'), true],
    [{ 'anything-but': 'rugby' }, string('rugby'), false],
    [{ 'anything-but': [100, 500] }, number('200'), true],
    [{ 'anything-but': [100, 500] }, number('1e2'), false],
    [{ 'anything-but': ['100'] }, number('100'), true],
    [{ 'anything-but': [100] }, string('100'), true],
    [{ 'anything-but': { prefix: 'order-' } }, string('invoice-1'), true],
    [{ 'anything-but': { prefix: 'order-' } }, string('order-1'), false],
    [{ 'anything-but': { prefix: ['a', 'b'] } }, string('bx'), false],
    [{ 'anything-but': { suffix: '.tmp' } }, string('a.txt'), true],
    [{ 'anything-but': { suffix: '.tmp' } }, string('a.tmp'), false],
    [{ 'anything-but': { 'equals-ignore-case': 'NO' } }, string('yes'), true],
    [{ 'anything-but': { 'equals-ignore-case': 'NO' } }, string('no'), false],
    // numeric: comparisons and ranges, bounds included only with = [D].
    [{ numeric: ['=', 301.5] }, number('301.5'), true],
    [{ numeric: ['=', 301.5] }, number('301.50001'), false],
    [{ numeric: ['<', 0] }, number('-0.00001'), true],
    [{ numeric: ['<', 0] }, number('0'), false],
    [{ numeric: ['<=', 0] }, number('0'), true],
    [{ numeric: ['>', 0, '<=', 150] }, number('150'), true],
    [{ numeric: ['>', 0, '<=', 150] }, number('150.00001'), false],
    [{ numeric: ['>', 0, '<=', 150] }, number('0'), false],
    [{ numeric: ['>=', 0, '<', 150] }, number('0'), true],
    [{ numeric: ['>=', 0, '<', 150] }, number('150'), false],
    [{ numeric: ['>=', 100] }, number('99.5'), false],
    [{ numeric: ['>=', 100] }, string('150'), false],
    [{ numeric: ['>', -1e9, '<', 1e9] }, number('-999999999.99999'), true],
    // exists.
    [{ exists: true }, string('fans'), true],
    [{ exists: true }, array([]), false],
    [{ exists: false }, string('fans'), false],
    [{ exists: false }, array([]), true],
    // cidr: IPv4 and IPv6, from the address as written to its last host [event-ruler].
    [{ cidr: '10.0.0.0/24' }, string('10.0.0.255'), true],
    [{ cidr: '10.0.0.0/24' }, string('10.0.1.0'), false],
    [{ cidr: '10.0.0.0/24' }, string('10.0.0.256'), false],
    [{ cidr: '10.0.0.0/24' }, string('not an ip'), false],
    [{ cidr: '10.0.0.5/24' }, string('10.0.0.4'), false],
    [{ cidr: '0.0.0.0/0' }, string('255.255.255.255'), true],
    [{ cidr: '2001:db8::/32' }, string('2001:db8:ffff::1'), true],
    [{ cidr: '2001:db8::/32' }, string('2001:db9::1'), false],
    [{ cidr: '2001:db8::/32' }, string('10.0.0.1'), false],
    [{ cidr: '10.0.0.0/8' }, string('::ffff:10.1.2.3'), false],
    [{ cidr: '10.0.0.0/8' }, string('::ffff:a01:203'), true],
    // A listed IP address matches the same address however it is written.
    ['2001:db8::1', string('2001:0db8:0:0:0:0:0:1'), true],
    ['10.0.0.1', string('10.0.0.2'), false],
  ])('%j against %j: %s', (clause, value, expected) => {
    expect(passes(clause, value)).toBe(expected);
  });

  it('ORs the values of one key and ANDs the keys', () => {
    const { policy } = validateFilterPolicy(
      JSON.stringify({ sport: ['rugby', { prefix: 'foot' }], price: [{ numeric: ['>', 100] }] }),
      'MessageAttributes',
    );
    if (policy === undefined) throw new Error('invalid');
    const message = (sport: string, price: string) => ({
      Message: '',
      MessageAttributes: { sport: string(sport), price: number(price) },
    });
    expect(bothDecisions(policy, 'MessageAttributes', message('football', '101')).delivered).toBe(
      true,
    );
    expect(bothDecisions(policy, 'MessageAttributes', message('rugby', '101')).delivered).toBe(
      true,
    );
    expect(bothDecisions(policy, 'MessageAttributes', message('golf', '101')).delivered).toBe(
      false,
    );
    expect(bothDecisions(policy, 'MessageAttributes', message('rugby', '100')).delivered).toBe(
      false,
    );
  });

  it('makes "$or" an OR across keys, each alternative ANDed with the keys beside it', () => {
    const { policy } = validateFilterPolicy(
      JSON.stringify({
        source: ['shop'],
        $or: [{ kind: ['order'] }, { total: [{ numeric: ['>', 10] }] }],
      }),
      'MessageAttributes',
    );
    if (policy === undefined) throw new Error('invalid');
    expect(policy.branches).toHaveLength(2);
    const check = (attributes: Record<string, MessageAttributeValue>) =>
      bothDecisions(policy, 'MessageAttributes', { Message: '', MessageAttributes: attributes })
        .delivered;
    expect(check({ source: string('shop'), kind: string('order') })).toBe(true);
    expect(check({ source: string('shop'), total: number('11') })).toBe(true);
    expect(check({ source: string('shop'), kind: string('refund'), total: number('5') })).toBe(
      false,
    );
    expect(check({ source: string('bank'), kind: string('order') })).toBe(false);
  });

  it('never matches a missing attribute, not with anything-but or null, only with exists: false [V]', () => {
    const other = { other: string('x') };
    const check = (clause: unknown) => {
      const { policy } = validateFilterPolicy(JSON.stringify({ k: clause }), 'MessageAttributes');
      if (policy === undefined) throw new Error('invalid');
      return bothDecisions(policy, 'MessageAttributes', { Message: '', MessageAttributes: other })
        .delivered;
    };
    expect(check([null, { 'anything-but': 'whatever' }])).toBe(false);
    expect(check([{ exists: true }])).toBe(false);
    expect(check([{ exists: false }])).toBe(true);
    expect(check([{ 'anything-but': 'x' }, { exists: false }])).toBe(true);
  });
});
