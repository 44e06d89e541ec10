import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDeadlines,
  deadlineCount,
  dropFirst,
  firstAt,
  firstKey,
  firstVersion,
  keepDeadlines,
  pushDeadline,
  type Deadlines,
} from './deadlines';

type Triple = [number, number, number];
const order = (a: Triple, b: Triple) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function pop(d: Deadlines): Triple | undefined {
  if (deadlineCount(d) === 0) return undefined;
  const first: Triple = [firstAt(d), firstKey(d), firstVersion(d)];
  dropFirst(d);
  return first;
}

describe('deadlines', () => {
  it('come out in (at, key, version) order, whatever the mix of pushes and pops', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(-1))), (ops) => {
        const deadlines = createDeadlines();
        const expected: Triple[] = [];
        let clock = 0;
        let key = 0;
        for (const op of ops) {
          if (op < 0) {
            expected.sort(order);
            expect(pop(deadlines)).toEqual(expected.shift());
            continue;
          }
          // Mostly in order (deadlines from a clock), sometimes earlier, sometimes a tie on time.
          clock += op % 7;
          const triple: Triple = [op % 5 === 0 ? clock - op : clock, ++key % 13, op % 3];
          pushDeadline(deadlines, ...triple);
          expected.push(triple);
        }
        expected.sort(order);
        expect(deadlineCount(deadlines)).toBe(expected.length);
        for (const triple of expected) expect(pop(deadlines)).toEqual(triple);
        expect(firstAt(deadlines)).toBe(Infinity);
      }),
    );
  });

  it('keeps order after shedding deadlines', () => {
    const deadlines = createDeadlines();
    for (const at of [5, 6, 7, 3, 8, 1, 9]) pushDeadline(deadlines, at, at, 0);
    keepDeadlines(deadlines, (key) => key % 3 !== 0);
    pushDeadline(deadlines, 4, 4, 0);
    const popped: number[] = [];
    while (deadlineCount(deadlines) > 0) popped.push(pop(deadlines)?.[0] ?? -1);
    expect(popped).toEqual([1, 4, 5, 7, 8]);
  });
});
