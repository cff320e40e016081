/** The charts' own path writer is d3's `line()` and `area()` (linear curve), character for character. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3';
import { areaPath, linePath } from '../../src/charts/path';

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
