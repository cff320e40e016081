// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeScale } from '../../src/charts/timeScale';
import { axisTicks } from '../../src/charts/axisTicks';

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

describe('timeScale.monthTicks', () => {
  const label = (d: Date) => d.toISOString().slice(0, 7);
  test.each([
    [
      'every month when there is room',
      [utc(2026, 3), utc(2026, 8, 31)],
      8,
      ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'],
    ],
    [
      'every quarter, on January, April, July and October',
      [utc(2026, 2, 15), utc(2027, 1, 31)],
      4,
      ['2026-04', '2026-07', '2026-10', '2027-01'],
    ],
    [
      'a domain starting mid-month ticks from the next month',
      [utc(2026, 3, 2), utc(2026, 5, 31)],
      5,
      ['2026-04', '2026-05'],
    ],
  ] as const)('%s', (_, domain, count, expected) => {
    expect(timeScale([domain[0], domain[1]], [0, 1]).monthTicks(count).map(label)).toEqual(
      expected,
    );
  });
});

describe('axisTicks', () => {
  const labels = { year: 30, month: 50 };
  const scale = timeScale([utc(2025, 9), utc(2030, 12, 31)], [0, 1]);
  test('a phone-wide axis (256 px) still shows every year of the default range', () => {
    expect(years(axisTicks(scale, 256, labels).map((t) => t.date))).toEqual([
      2026, 2027, 2028, 2029, 2030,
    ]);
  });
  test('a narrower axis thins the years out', () => {
    expect(years(axisTicks(scale, 120, labels).map((t) => t.date))).toEqual([2026, 2028, 2030]);
  });
  test('a range with fewer than two new years ticks months', () => {
    const short = timeScale([utc(2026, 3), utc(2026, 12, 31)], [0, 1]);
    const ticks = axisTicks(short, 256, labels);
    expect(ticks.every((t) => t.unit === 'month')).toBe(true);
    expect(ticks.map((t) => t.date.toISOString().slice(0, 7))).toEqual([
      '2026-04',
      '2026-07',
      '2026-10',
    ]);
  });
});
