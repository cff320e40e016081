// @vitest-environment node
import { bisector } from 'd3';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nearestIndex } from '../../src/charts/nearestIndex';

const d3Center = bisector<Date, Date>((d) => d).center;
const day = 86_400_000;

describe('nearestIndex: the month a crosshair picks', () => {
  test('the nearest date, the later one on a tie, the ends beyond the ends', () => {
    const dates = [0, 10, 20, 40].map((d) => new Date(d * day));
    const at = (d: number) => nearestIndex(dates, new Date(d * day));
    expect([at(-5), at(0), at(4), at(5), at(6), at(29), at(30), at(31), at(99)]).toEqual([
      0, 0, 0, 1, 1, 2, 3, 3, 3,
    ]);
    expect(nearestIndex([], new Date(0))).toBe(0);
  });

  test('is d3’s bisector(d => d).center for any ascending dates and any date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -6000, max: 6000 }),
        (days, at) => {
          const dates = [...days].sort((a, b) => a - b).map((d) => new Date(d * day));
          const date = new Date(at * day);
          expect(nearestIndex(dates, date)).toBe(d3Center(dates, date));
        },
      ),
    );
  });
});
