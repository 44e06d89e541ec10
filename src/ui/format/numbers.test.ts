import { describe, expect, it } from 'vitest';
import { axisNumber, formatNumber, rateText } from './numbers';

describe('number formatting', () => {
  it('groups whole numbers and keeps three significant digits of the rest', () => {
    expect(formatNumber(1223)).toBe('1,223');
    expect(formatNumber(1 / 60)).toBe('0.0167');
    expect(formatNumber(12.3456)).toBe('12.3');
    expect(formatNumber(1234.56)).toBe('1,235');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('shortens big numbers on axes', () => {
    expect(axisNumber(745)).toBe('745');
    expect(axisNumber(1200)).toBe('1.2K');
    expect(axisNumber(0.5)).toBe('0.5');
  });

  it('gives slow rates per minute', () => {
    expect(rateText(1 / 60)).toBe('1 msg/min');
    expect(rateText(20)).toBe('20 msg/s');
    expect(rateText(0.5)).toBe('30 msg/min');
    expect(rateText(0)).toBe('0 msg/s');
  });
});
