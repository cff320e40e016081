// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scaleBand } from 'd3';
import { bandScale } from '../../src/charts/bandScale';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('bandScale', () => {
  test('places and sizes bands exactly as d3 scaleBand with padding does, on any domain and range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2000, max: 2100 }), { maxLength: 40 }),
        fc.tuple(finite, finite),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.array(fc.integer({ min: 1990, max: 2110 }), { maxLength: 8 }),
        (years, range, padding, others) => {
          const ours = bandScale(years, range, padding);
          const d3 = scaleBand<number>().domain(years).range(range).padding(padding);
          expect(Object.is(ours.bandwidth(), d3.bandwidth())).toBe(true);
          for (const y of [...years, ...others]) expect(ours(y)).toBe(d3(y));
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('a value outside the domain has no band, as in d3', () => {
    expect(bandScale([2030, 2031], [0, 100], 0.15)(2040)).toBeUndefined();
  });
});
