// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO, setShare } from '../../src/model';

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const mix = { equity: 0.02, loans: 0.68, guarantees: 0.3 };

describe('setShare', () => {
  test('moving one share redistributes the others in proportion', () => {
    const next = setShare(mix, 'equity', 0.51);
    expect(next.equity).toBe(0.51);
    expect(next.loans / next.guarantees).toBeCloseTo(0.68 / 0.3, 12);
    expect(sum(next)).toBeCloseTo(1, 12);
  });
  test('a locked share holds, the others absorb the change', () => {
    const next = setShare(mix, 'equity', 0.2, new Set(['guarantees']));
    expect(next.guarantees).toBe(0.3);
    expect(next.loans).toBeCloseTo(0.5, 12);
  });
  test('a share cannot exceed what the locked shares leave', () => {
    const next = setShare(mix, 'equity', 0.9, new Set(['guarantees']));
    expect(next.equity).toBeCloseTo(0.7, 12);
    expect(next.loans).toBeCloseTo(0, 12);
  });
  test('when the others are all zero they share the rest equally', () => {
    const next = setShare({ a: 1, b: 0, c: 0 }, 'a', 0.4);
    expect(next).toEqual({ a: 0.4, b: 0.3, c: 0.3 });
  });
  test('with every other share locked the share cannot move', () => {
    expect(setShare(mix, 'equity', 0.5, new Set(['loans', 'guarantees']))).toEqual(mix);
  });
  test('a share moved and moved back gives the same shares exactly: the page sees no change', () => {
    // (Unrounded, loans came back as 0.6799999999999999: "what you changed" listed the mix, and
    // the charts drew the defaults apart from the scenario's own lines.)
    expect(setShare(setShare(mix, 'equity', 0.03), 'equity', 0.02)).toEqual(mix);
    // The defaults' instrument mix (decimals of two digits): each share moved to each whole
    // percent a slider can set, and back. (The sectors' and the goods classes' default shares are
    // sourced values over their total, 0.39341708053364494: moved there and back they keep what
    // the arithmetic leaves, a unit or two in the last place.)
    const shares: Record<string, number> = DEFAULT_SCENARIO.mix;
    for (const key of Object.keys(shares))
      for (let to = 0; to < 100; to++) {
        const back = setShare(setShare(shares, key, to / 100), key, shares[key]!);
        expect(back, `${key} to ${to}% and back`).toEqual(shares);
      }
  });
  test('any move on any shares keeps the sum at 100% and every share in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 })
          .filter((xs) => xs.reduce((a, b) => a + b, 0) > 0.01),
        fc.nat(),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (xs, pick, value) => {
          const total = xs.reduce((a, b) => a + b, 0);
          const shares = Object.fromEntries(xs.map((x, i) => [`k${i}`, x / total]));
          const next = setShare(shares, `k${pick % xs.length}`, value);
          expect(sum(next)).toBeCloseTo(1, 9);
          Object.values(next).forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
        },
      ),
    );
  });
});
