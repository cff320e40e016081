/** The charts' own path writer is d3's `line()` and `area()` (linear curve), character for character. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3';
import { areaPath, coordinateText, linePath, xText } from '../../src/charts/path';

const value = fc.oneof(
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  fc.integer({ min: -500, max: 500 }),
  fc.constant(NaN),
);
const values = fc.array(value, { maxLength: 40 });

describe('linePath', () => {
  test('writes what d3’s line() writes', () => {
    fc.assert(
      fc.property(values, values, (xs, ys) => {
        const n = Math.min(xs.length, ys.length);
        const d3 =
          line<number>()
            .x((i) => xs[i]!)
            .y((i) => ys[i]!)(Array.from({ length: n }, (_, i) => i)) ?? '';
        expect(
          linePath(
            n,
            (i) => xs[i]!,
            (i) => ys[i]!,
          ),
        ).toBe(d3);
      }),
    );
  });
});

describe('areaPath', () => {
  test('writes what d3’s area() writes, gaps included', () => {
    fc.assert(
      fc.property(values, values, values, (xs, lo, hi) => {
        const n = Math.min(xs.length, lo.length, hi.length);
        const defined = (i: number) => Number.isFinite(lo[i]!) && Number.isFinite(hi[i]!);
        const d3 =
          area<number>()
            .defined((i) => defined(i))
            .x((i) => xs[i]!)
            .y0((i) => lo[i]!)
            .y1((i) => hi[i]!)(Array.from({ length: n }, (_, i) => i)) ?? '';
        expect(
          areaPath(
            n,
            defined,
            (i) => xs[i]!,
            (i) => lo[i]!,
            (i) => hi[i]!,
          ),
        ).toBe(d3);
      }),
    );
  });
});

describe('x coordinates written once', () => {
  test('an x given as its text writes the same path as the number', () => {
    fc.assert(
      fc.property(values, values, values, (xs, lo, hi) => {
        const n = Math.min(xs.length, lo.length, hi.length);
        const text = xs.map(coordinateText);
        const defined = (i: number) => Number.isFinite(lo[i]!) && Number.isFinite(hi[i]!);
        expect(
          linePath(
            n,
            (i) => text[i]!,
            (i) => hi[i]!,
          ),
        ).toBe(
          linePath(
            n,
            (i) => xs[i]!,
            (i) => hi[i]!,
          ),
        );
        expect(
          areaPath(
            n,
            defined,
            (i) => text[i]!,
            (i) => lo[i]!,
            (i) => hi[i]!,
          ),
        ).toBe(
          areaPath(
            n,
            defined,
            (i) => xs[i]!,
            (i) => lo[i]!,
            (i) => hi[i]!,
          ),
        );
      }),
    );
  });

  test('a chart’s dates are written once for its scale, and again for another scale', () => {
    const dates = [new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2026, 1, 28))];
    const scale = (d: Date) => (+d - Date.UTC(2026, 0, 1)) / 86_400_000 + 0.04; // rounded to 0.1 px
    const texts = (at: (i: number) => string, n: number) =>
      Array.from({ length: n }, (_, i) => at(i));
    const first = xText(dates, scale);
    expect(texts(first, 2)).toEqual(['30', '58']);
    expect(xText(dates, scale)).toBe(first);
    const wider = (d: Date) => 2 * scale(d);
    expect(texts(xText(dates, wider), 2)).toEqual(['60.1', '116.1']);
    // Other dates (a new array) are written for themselves.
    expect(texts(xText([dates[1]!], wider), 1)).toEqual(['116.1']);
    // Past the dates: where the scale puts the epoch, as the layers drew a missing date.
    expect(first(2)).toBe(coordinateText(Math.round(scale(new Date(0)) * 10) / 10));
  });
});
