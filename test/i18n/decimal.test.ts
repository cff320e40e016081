// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fixed, percent, sig3, upTo } from '../../src/i18n/decimal';

const TAGS = ['en-GB', 'ja-JP'] as const;
const intl = (tag: string, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(tag, options);
const ours = {
  fixed: (v: number, d: number) => fixed(v, d),
  upTo: (v: number, d: number) => upTo(v, d),
  percent: (v: number, d: number) => percent(v, d),
  sig3: (v: number) => sig3(v),
};
const theirs = (tag: string) => ({
  fixed: (v: number, d: number) =>
    intl(tag, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v),
  upTo: (v: number, d: number) => intl(tag, { maximumFractionDigits: d }).format(v),
  percent: (v: number, d: number) =>
    intl(tag, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(v),
  sig3: (v: number) => intl(tag, { maximumSignificantDigits: 3 }).format(v),
});

/** Numbers of every kind the page formats, and the edges: halves, nines, tiny and huge. */
const numbers = fc.oneof(
  fc.double({ noNaN: true, min: -1e22, max: 1e22 }),
  fc.double({ noNaN: true, min: -2, max: 2 }),
  // Decimals with few digits: where rounding half away from zero shows.
  fc
    .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 8 }))
    .map(([n, places]) => n / 10 ** places),
  fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 0.0285, 999.5, 99_950, 9.9995, 1e21, 1e-7),
  fc.constantFrom(NaN, Infinity, -Infinity),
);

describe('numbers, written out without Intl.NumberFormat', () => {
  for (const tag of TAGS)
    test(`read the same as Intl’s ${tag} formats: exact, at most, percent, three significant digits`, () => {
      const them = theirs(tag);
      fc.assert(
        fc.property(numbers, fc.integer({ min: 0, max: 6 }), (v, d) => {
          expect(ours.fixed(v, d)).toBe(them.fixed(v, d));
          expect(ours.upTo(v, d)).toBe(them.upTo(v, d));
          expect(ours.percent(v, d)).toBe(them.percent(v, d));
          expect(ours.sig3(v)).toBe(them.sig3(v));
        }),
        { numRuns: 3000 },
      );
    });

  test('the cases a reader sees, by hand', () => {
    expect(fixed(1234567.891, 1)).toBe('1,234,567.9');
    expect(fixed(1.005, 2)).toBe('1.01'); // the decimal a reader wrote, not its binary neighbour
    expect(fixed(-2.5, 0)).toBe('-3');
    expect(fixed(-0.001, 0)).toBe('-0');
    expect(upTo(0.0005, 3)).toBe('0.001');
    expect(upTo(12.3, 3)).toBe('12.3');
    expect(percent(0.0285, 1)).toBe('2.9%');
    expect(percent(0.44, 0)).toBe('44%');
    expect(sig3(99_950)).toBe('100,000');
    expect(sig3(0.000123456)).toBe('0.000123');
  });
});
