// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  createQuantileScratch,
  createRng,
  quantilesInPlace,
  quantilesOf,
  select,
} from '../../src/model';

/** -0 and 0 compare equal in a selection but not in toEqual: read both as 0. */
const plain = (x: number) => (x === 0 ? 0 : x);
const sortedCopy = (a: Float32Array) => Float32Array.from(a).sort();

/** The type-1 quantile from a sorted copy: the value at rank ceil(p n), ranks 1..n. */
function typeOne(sorted: Float32Array, p: number): number {
  const n = sorted.length;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return plain(sorted[rank - 1]!);
}

/** Float32 values, with the cases a selection gets wrong: many duplicates, one value, all equal. */
const valuesArb = fc.oneof(
  fc.float32Array({ noNaN: true, minLength: 1, maxLength: 300 }),
  fc
    .array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 300 })
    .map((xs) => Float32Array.from(xs)),
  fc.float({ noNaN: true }).map((x) => Float32Array.of(x)),
  fc
    .tuple(fc.float({ noNaN: true }), fc.integer({ min: 1, max: 100 }))
    .map(([x, n]) => new Float32Array(n).fill(x)),
);

/** Ascending probabilities in [0, 1], the bands' own among them. */
const probsArb = fc
  .array(
    fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(0, 0.05, 0.25, 0.5, 0.75, 0.95, 1),
    ),
    { maxLength: 8 },
  )
  .map((ps) => ps.sort((a, b) => a - b));

describe('quantilesInPlace', () => {
  test('equals the type-1 quantile of a sorted copy, for any values and ascending probabilities', () => {
    fc.assert(
      fc.property(valuesArb, probsArb, (values, probs) => {
        const sorted = sortedCopy(values);
        const got = quantilesInPlace(values, probs).map(plain);
        expect(got).toEqual(probs.map((p) => typeOne(sorted, p)));
        // Reordered, never changed: still the same values.
        expect(sortedCopy(values)).toEqual(sorted);
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['no values give 0 for every probability', [], [0.05, 0.5, 0.95], [0, 0, 0]],
    ['p = 0 gives the smallest value', [3, 1, 2], [0], [1]],
    ['p = 1 gives the largest value', [3, 1, 2], [1], [3]],
    [
      'the median of 4 values is the 2nd smallest (rank ceil(0.5 x 4) = 2)',
      [4, 1, 3, 2],
      [0.5],
      [2],
    ],
    ['p = 0.26 of 4 values is the 2nd smallest (rank ceil(1.04) = 2)', [4, 1, 3, 2], [0.26], [2]],
  ])('%s', (_, values, probs, expected) => {
    expect(quantilesInPlace(Float32Array.from(values), probs)).toEqual(expected);
  });
});

describe('quantilesOf', () => {
  /** Non-negative values as the bands see them: spread over decades, with ties and zeros. */
  const bandValuesArb = fc.oneof(
    fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 1, maxLength: 3000 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3000 }),
    fc
      .tuple(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
      )
      .map(([zs, scale]) => zs.map((z) => scale * Math.exp(z))),
  );
  const probs = [0.05, 0.25, 0.5, 0.75, 0.95];

  test('equals quantilesInPlace to the bit and leaves the values as they were', () => {
    const scratch = createQuantileScratch(3000);
    fc.assert(
      fc.property(
        fc.oneof(
          bandValuesArb.map((xs) => Float32Array.from(xs)),
          valuesArb,
        ),
        probsArb,
        (values, ps) => {
          for (const pr of [ps, probs]) {
            const before = Float32Array.from(values);
            const expected = quantilesInPlace(Float32Array.from(values), pr);
            expect(quantilesOf(values, pr, scratch)).toEqual(expected);
            expect(quantilesOf(values, pr)).toEqual(expected);
            expect(values).toEqual(before);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
  test('a column of 10,000 lognormal values, a subarray of a larger store', () => {
    const rng = createRng(3);
    const store = new Float32Array(30_000).map(() => 300 * Math.exp(0.8 * (rng.next() - 0.5)));
    const column = store.subarray(10_000, 20_000);
    const scratch = createQuantileScratch(10_000);
    expect(quantilesOf(column, probs, scratch)).toEqual(
      quantilesInPlace(Float32Array.from(column), probs),
    );
  });
});

describe('select', () => {
  test('puts the k-th smallest of a[lo..hi] at k, smaller before, larger after, the rest untouched', () => {
    const caseArb = valuesArb.chain((a) =>
      fc
        .tuple(fc.nat(a.length - 1), fc.nat(a.length - 1), fc.nat(a.length - 1))
        .map(([x, y, z]) => {
          const [lo, k, hi] = [x, y, z].sort((u, v) => u - v) as [number, number, number];
          return { a, lo, k, hi };
        }),
    );
    fc.assert(
      fc.property(caseArb, ({ a, lo, k, hi }) => {
        const before = Float32Array.from(a);
        const range = sortedCopy(a.subarray(lo, hi + 1));
        select(a, k, lo, hi);
        expect(plain(a[k]!)).toBe(plain(range[k - lo]!));
        for (let i = lo; i < k; i++) expect(a[i]! <= a[k]!).toBe(true);
        for (let i = k + 1; i <= hi; i++) expect(a[i]! >= a[k]!).toBe(true);
        expect([...a.subarray(0, lo), ...a.subarray(hi + 1)]).toEqual([
          ...before.subarray(0, lo),
          ...before.subarray(hi + 1),
        ]);
        expect(sortedCopy(a.subarray(lo, hi + 1))).toEqual(range);
      }),
      { numRuns: 2000 },
    );
  });
});
