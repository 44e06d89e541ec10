import { describe, expect, it } from 'vitest';
import { BASE_FLIGHT_MS, flightMs, progress } from './tokens';

describe('token position', () => {
  it('is (now − departAt) / (arriveAt − departAt), clamped', () => {
    expect(progress(1000, 1000, 1400)).toBe(0);
    expect(progress(1100, 1000, 1400)).toBe(0.25);
    expect(progress(1400, 1000, 1400)).toBe(1);
    expect(progress(900, 1000, 1400)).toBe(0);
    expect(progress(5000, 1000, 1400)).toBe(1);
  });

  it('flies for a fixed virtual time that keeps ~400 ms of wall time at any speed', () => {
    expect(flightMs(1)).toBe(BASE_FLIGHT_MS);
    expect(flightMs(0.1)).toBe(BASE_FLIGHT_MS);
    expect(flightMs(10)).toBe(4000);
    expect(flightMs(1000)).toBe(30_000);
    expect(flightMs('max')).toBe(30_000);
  });
});
