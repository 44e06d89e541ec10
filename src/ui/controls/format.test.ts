import { describe, expect, it } from 'vitest';
import {
  describeClock,
  formatClock,
  formatSpeed,
  SLIDER_MAX,
  SLIDER_MIN,
  sliderFromSpeed,
  speedFromSlider,
} from './format';

describe('clock and speed formats', () => {
  it('shows time since start as h:mm:ss.mmm', () => {
    expect(formatClock(0)).toBe('0:00:00.000');
    expect(formatClock(5_250)).toBe('0:00:05.250');
    expect(formatClock(3_723_004)).toBe('1:02:03.004');
    expect(formatClock(26 * 3_600_000)).toBe('26:00:00.000');
    expect(formatClock(-5)).toBe('0:00:00.000');
    expect(describeClock(3_723_004)).toBe('1 hour 2 minutes 3.004 seconds');
  });

  it('maps the log slider onto 0.1x–1000x with readable values', () => {
    expect(speedFromSlider(SLIDER_MIN)).toBe(0.1);
    expect(speedFromSlider(SLIDER_MAX)).toBe(1000);
    expect(speedFromSlider(0)).toBe(1);
    expect(speedFromSlider(0.05)).toBe(1.1);
    expect(speedFromSlider(2.4)).toBe(250);
    expect(sliderFromSpeed(100)).toBe(2);
    expect(sliderFromSpeed(5000)).toBe(3);
    expect(formatSpeed(0.1)).toBe('0.1x');
    expect(formatSpeed(1000)).toBe('1000x');
    expect(formatSpeed('max')).toBe('As fast as possible');
  });
});
