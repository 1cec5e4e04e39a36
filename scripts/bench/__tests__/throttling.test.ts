import { describe, expect, it } from 'vitest';
import { calibratedSlowdown } from '../throttling';

describe('calibratedSlowdown', () => {
  it("gives Lighthouse's default 4x on the machine that default was set for", () => {
    expect(calibratedSlowdown(1533)).toBeCloseTo(4, 1);
  });

  it('follows the calculator at the ends of its brackets', () => {
    expect(calibratedSlowdown(2000)).toBeCloseTo(6, 1);
    expect(calibratedSlowdown(1300)).toBe(3);
    expect(calibratedSlowdown(800)).toBe(2);
    expect(calibratedSlowdown(150)).toBe(1);
  });

  it('never speeds a slow machine up', () => {
    expect(calibratedSlowdown(60)).toBe(1);
  });

  it('rejects a missing measure', () => {
    expect(() => calibratedSlowdown(Number.NaN)).toThrow(/benchmarkIndex/);
    expect(() => calibratedSlowdown(0)).toThrow(/benchmarkIndex/);
  });
});
