import { describe, expect, it } from 'vitest';
import { withGaps } from './gaps';

describe('withGaps', () => {
  it('breaks the line across a jump, not between ordinary samples', () => {
    // One sample a second, then a 10-minute jump, then one a second again.
    const times = [0, 1000, 2000, 602_000, 603_000];
    const { times: t, columns } = withGaps(times, [[1, 2, 3, 40, 41]]);
    expect(t).toEqual([0, 1000, 2000, 302_000, 602_000, 603_000]);
    expect(columns[0]).toEqual([1, 2, 3, null, 40, 41]);
  });

  it('keeps sparse but regular samples (high speed) as one line', () => {
    const times = [0, 16_000, 32_000, 48_000, 64_000];
    expect(withGaps(times, [[1, 2, 3, 4, 5]]).columns[0]).toEqual([1, 2, 3, 4, 5]);
  });
});
