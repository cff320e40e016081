// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeScale } from '../../src/charts/timeScale';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const years = (dates: Date[]) => dates.map((d) => d.getUTCFullYear());

describe('timeScale', () => {
  const scale = timeScale([utc(2025, 9), utc(2036, 12)], [0, 1000]);

  test('maps dates linearly to pixels and back', () => {
    expect(scale(utc(2025, 9))).toBe(0);
    expect(scale(utc(2036, 12))).toBe(1000);
    expect(scale.invert(scale(utc(2029, 1, 19))).getTime()).toBeCloseTo(+utc(2029, 1, 19), -1);
  });

  test.each([
    [11, [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]],
    [9, [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]],
    [6, [2026, 2028, 2030, 2032, 2034, 2036]],
    [4, [2030, 2035]],
    [2, [2030, 2035]],
  ])('about %i ticks on 1 January of round years', (count, expected) => {
    expect(years(scale.ticks(count))).toEqual(expected);
  });

  test('a domain starting on 1 January ticks that year', () => {
    expect(years(timeScale([utc(2026), utc(2028)], [0, 1]).ticks(5))).toEqual([2026, 2027, 2028]);
  });
});
