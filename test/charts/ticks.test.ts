// @vitest-environment node
import * as d3 from 'd3';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tickIncrement, tickStep, ticks } from '../../src/charts/ticks';

const value = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -1, max: 1, noNaN: true }),
);
const count = fc.oneof(
  fc.integer({ min: -1, max: 40 }),
  fc.double({ min: 0, max: 20, noNaN: true }),
);

/** What a call gives, or that it throws (both do, on domains too small for an array). */
const attempt = <T>(f: () => T): T | 'throws' => {
  try {
    return f();
  } catch {
    return 'throws';
  }
};

describe('ticks: d3-array’s, number for number', () => {
  test('the values of a few axes the charts draw', () => {
    expect(ticks(0, 600, 5)).toEqual([0, 100, 200, 300, 400, 500, 600]);
    expect(ticks(0, 0.7, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(ticks(1, 1, 5)).toEqual([1]);
    expect(ticks(5, 0, 5)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(tickStep(0, 0.7, 5)).toBe(0.1);
    expect(tickIncrement(0, 0.7, 5)).toBe(-10);
  });

  test('ticks, tickIncrement and tickStep are d3’s for any domain and count', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) => {
        expect(attempt(() => ticks(a, b, n))).toEqual(attempt(() => d3.ticks(a, b, n)));
        expect(tickStep(a, b, n)).toBe(d3.tickStep(a, b, n));
        if (a < b) expect(tickIncrement(a, b, n)).toBe(d3.tickIncrement(a, b, n));
      }),
      { numRuns: 2000 },
    );
  });
});
