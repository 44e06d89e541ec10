import { describe, expect, it } from 'vitest';
import { isoTime } from './isoTime';

describe('isoTime', () => {
  it('writes the world’s first instant and a millisecond as AWS does', () => {
    expect(isoTime(1_735_689_600_000)).toBe('2025-01-01T00:00:00.000Z');
    expect(isoTime(1_735_689_600_123)).toBe('2025-01-01T00:00:00.123Z');
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('agrees with the host’s Date across leap days, month ends and centuries', () => {
    const instants = [
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29, 12),
      Date.UTC(2100, 2, 1),
      Date.UTC(1999, 11, 31, 23, 59, 59, 1),
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
    ];
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000 * 7 + 3_723_456)
      instants.push(t);
    for (const t of instants) expect(isoTime(t), String(t)).toBe(new Date(t).toISOString());
  });
});
