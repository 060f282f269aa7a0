import { describe, expect, it } from 'vitest';
import { isAllNines, isSentinelNumber, outlierFences } from './sentinel-numbers.ts';

describe('sentinel numbers', () => {
  it('all nines from 999 up, either sign', () => {
    expect([999, -9999, 999999999, 99, 998, 9999.5].map(isAllNines)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it('a long run of nines used twice is a placeholder', () => {
    expect(isSentinelNumber(-999999999, 2, { hasAny: true, spread: 1e9 })).toBe(true);
    expect(isSentinelNumber(-999999999, 1, { hasAny: true, spread: 12 })).toBe(false);
  });
  it('a short one only far outside the real values', () => {
    expect(isSentinelNumber(9999, 40, { hasAny: true, spread: 500 })).toBe(true);
    expect(isSentinelNumber(9999, 40, { hasAny: true, spread: 2000 })).toBe(false);
    expect(isSentinelNumber(9999, 40, { hasAny: false, spread: 1 })).toBe(false);
  });
});

describe('outlierFences', () => {
  it('are three interquartile ranges outside the quartiles', () => {
    expect(outlierFences(10, 20)).toEqual({ lo: -20, hi: 50 });
  });
  it('are absent without spread', () => {
    expect(outlierFences(5, 5)).toEqual({ lo: 0, hi: 0 });
  });
});
