// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3';
import { linearScale, niceDomain } from '../../src/charts/linearScale';

/** Any finite value a chart may meet (subnormals aside: d3's ticks throw on those too). */
const finite = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .filter((x) => x === 0 || Math.abs(x) > 1e-300);
const pair = fc.tuple(finite, finite);
const count = fc.integer({ min: 1, max: 20 });

describe('linearScale', () => {
  test('maps, inverts and ticks exactly as d3 scaleLinear does, on any domain and range', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(finite, { maxLength: 8 }), count, (d, r, xs, n) => {
        const ours = linearScale(d, r);
        const d3 = scaleLinear().domain(d).range(r);
        for (const x of [...xs, d[0], d[1]]) {
          expect(Object.is(ours(x), d3(x))).toBe(true);
          expect(Object.is(ours.invert(x), d3.invert(x))).toBe(true);
        }
        expect(ours.ticks(n)).toEqual(d3.ticks(n));
        expect(ours.ticks()).toEqual(d3.ticks());
      }),
      { numRuns: 2000 },
    );
  });
  test('maps a value that is not a number to undefined, as d3 does', () => {
    expect(linearScale([0, 1], [0, 100])(NaN)).toBeUndefined();
  });
  test('an empty domain maps everything to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(42)).toBe(50);
  });
});

describe('niceDomain', () => {
  test('widens any domain exactly as d3 linear.nice does, for any tick count', () => {
    fc.assert(
      fc.property(pair, count, (d, n) => {
        expect(niceDomain(d, n)).toEqual(scaleLinear().domain(d).nice(n).domain());
        expect(niceDomain(d)).toEqual(scaleLinear().domain(d).nice().domain());
      }),
      { numRuns: 2000 },
    );
  });
  test.each([
    ['a chart of US$ bn', [0, 543.2], [0, 550]],
    ['a reversed domain stays reversed', [10.3, -0.2], [11, -1]],
    ['small shares', [0.0012, 0.0471], [0, 0.05]],
  ] as const)('%s', (_, domain, expected) => {
    expect(niceDomain(domain)).toEqual(expected);
  });
});
