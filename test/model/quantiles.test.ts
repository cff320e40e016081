// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { BAND_PROBS, bands, columnBands, type Band } from '../../src/model';

/** A small Monte Carlo result: path-major values, each path's settling month. */
interface Paths {
  values: Float32Array;
  settles: Int32Array;
  paths: number;
  months: number;
}

/**
 * Values from a handful of integers (so months often repeat the previous month's column,
 * the case `bands` skips) or any float; whatever lies past a path's settling month is noise
 * that `bands` must not read.
 */
const pathsArb: fc.Arbitrary<Paths> = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 10 }))
  .chain(([paths, months]) =>
    fc.record({
      values: fc
        .array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.float({ noNaN: true })), {
          minLength: paths * months,
          maxLength: paths * months,
        })
        .map((xs) => Float32Array.from(xs)),
      settles: fc
        .array(fc.nat(months - 1), { minLength: paths, maxLength: paths })
        .map((xs) => Int32Array.from(xs)),
      paths: fc.constant(paths),
      months: fc.constant(months),
    }),
  );

/** The bands worked out directly: each month's column (flat after settling), sorted, type-1. */
function directBands({ values, settles, paths, months }: Paths): Band {
  const keys = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
  const out: Band = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  for (let m = 0; m < months; m++) {
    const column = Float32Array.from({ length: paths }, (_, p) => {
      return values[p * months + Math.min(m, settles[p]!)]!;
    }).sort();
    BAND_PROBS.forEach((prob, i) => {
      const rank = Math.min(paths, Math.max(1, Math.ceil(prob * paths)));
      out[keys[i]!].push(column[rank - 1]!);
    });
  }
  return out;
}

/** -0 and 0 are the same band value. */
const plain = (b: Band) =>
  Object.fromEntries(Object.entries(b).map(([k, xs]) => [k, xs.map((x: number) => x || 0)]));

describe('bands', () => {
  test('equal, month by month, the type-1 quantiles of the sorted column of every path', () => {
    fc.assert(
      fc.property(pathsArb, (input) => {
        const { values, settles, paths, months } = input;
        expect(plain(bands(values, settles, paths, months))).toEqual(plain(directBands(input)));
      }),
      { numRuns: 2000 },
    );
  });

  test('three paths over three months, worked by hand', () => {
    // Path 0 settles at month 1 (its month-2 value 99 is never read), path 1 at month 2,
    // path 2 at month 0. Columns: m0 [1, 5, 2], m1 [3, 6, 2], m2 [3, 4, 2].
    // Of 3 values: p5 and p25 are rank 1, p50 rank 2, p75 and p95 rank 3.
    const values = Float32Array.of(1, 3, 99, 5, 6, 4, 2, 7, 8);
    expect(bands(values, Int32Array.of(1, 2, 0), 3, 3)).toEqual({
      p5: [1, 2, 2],
      p25: [1, 2, 2],
      p50: [2, 3, 3],
      p75: [5, 6, 4],
      p95: [5, 6, 4],
    });
  });
});

describe('columnBands', () => {
  test('equal bands() on the same paths stored month by month (as the Monte Carlo stores them)', () => {
    fc.assert(
      fc.property(pathsArb, ({ values, settles, paths, months }) => {
        const lastChange = settles.reduce((a, b) => Math.max(a, b), 0);
        const columns = new Float32Array((lastChange + 1) * paths);
        for (let m = 0; m <= lastChange; m++)
          for (let p = 0; p < paths; p++)
            columns[m * paths + p] = values[p * months + Math.min(m, settles[p]!)]!;
        expect(columnBands(columns, paths, lastChange, months)).toEqual(
          bands(values, settles, paths, months),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
