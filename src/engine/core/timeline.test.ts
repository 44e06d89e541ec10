import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapPop, heapPush } from './heap';
import {
  createTimeline,
  timelineFilter,
  timelinePop,
  timelinePush,
  timelineSize,
} from './timeline';

const less = (a: number, b: number) => a < b;

describe('timeline', () => {
  it('pops in the same order as a heap, whatever the mix of pushes and pops', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(-1))), (ops) => {
        const timeline = createTimeline<number>();
        const heap: number[] = [];
        let clock = 0;
        for (const op of ops) {
          if (op < 0) {
            expect(timelinePop(timeline, less)).toBe(heapPop(heap, less));
            continue;
          }
          // Mostly in order (like deadlines from a clock), sometimes earlier.
          clock += op % 7;
          const at = op % 5 === 0 ? clock - op : clock;
          timelinePush(timeline, at, less);
          heapPush(heap, at, less);
        }
        expect(timelineSize(timeline)).toBe(heap.length);
        while (heap.length > 0) expect(timelinePop(timeline, less)).toBe(heapPop(heap, less));
      }),
    );
  });

  it('keeps order after shedding entries', () => {
    const timeline = createTimeline<number>();
    for (const at of [5, 6, 7, 3, 8, 1, 9]) timelinePush(timeline, at, less);
    timelineFilter(timeline, (at) => at % 3 !== 0, less);
    timelinePush(timeline, 4, less);
    const popped: (number | undefined)[] = [];
    while (timelineSize(timeline) > 0) popped.push(timelinePop(timeline, less));
    expect(popped).toEqual([1, 4, 5, 7, 8]);
  });
});
