import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './isoTime';
import { EPOCH_START } from '../state';

describe('isoTimestamp', () => {
  const known: [number, string][] = [
    [0, '1970-01-01T00:00:00.000Z'],
    [EPOCH_START, '2025-01-01T00:00:00.000Z'],
    [EPOCH_START + 1234, '2025-01-01T00:00:01.234Z'],
    [951_782_400_000, '2000-02-29T00:00:00.000Z'],
    [1_709_251_199_999, '2024-02-29T23:59:59.999Z'],
    [4_102_444_800_000, '2100-01-01T00:00:00.000Z'],
  ];
  it.each(known)('%i is %s', (ms, iso) => expect(isoTimestamp(ms)).toBe(iso));

  it('agrees with the host calendar across two centuries', () => {
    // Tests may use the host's Date; the engine may not.
    for (let ms = 0; ms < 4_102_444_800_000; ms += 86_400_000 * 37 + 3_600_000 * 7 + 61_001)
      expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
  });
});
