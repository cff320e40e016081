// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../src/model';
import { scenarioArb } from './arbitraries';

const finite = (xs: readonly number[]) => xs.every(Number.isFinite);
const nonDecreasing = (xs: readonly number[]) =>
  xs.every((x, i) => i === 0 || x >= (xs[i - 1] ?? 0) - 1e-9);

describe('simulate: MODEL.md §7 invariants over the full input ranges', () => {
  test('no NaN or infinity; cumulative series never decrease; flows are consistent', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = simulate(s);
        const x = r.series;
        for (const key of [
          'selected',
          'committed',
          'credited',
          'disbursed',
          'declined',
          'required',
          'exposure',
          'hazard',
          'pReimposed',
          'expectedDutiesUsdBn',
        ] as const) {
          expect(finite(x[key]), key).toBe(true);
        }
        for (const key of [
          'selected',
          'committed',
          'credited',
          'disbursed',
          'declined',
          'required',
          'pReimposed',
          'expectedDutiesUsdBn',
        ] as const) {
          expect(nonDecreasing(x[key]), key).toBe(true);
        }
        x.selected.forEach((sel, t) =>
          expect((x.committed[t] ?? 0) + (x.declined[t] ?? 0)).toBeLessThanOrEqual(sel + 1e-9),
        );
        x.disbursed.forEach((d, t) => {
          const cash =
            (x.committedByInstrument.equity[t] ?? 0) + (x.committedByInstrument.loans[t] ?? 0);
          expect(d).toBeLessThanOrEqual(cash + 1e-9);
        });
        expect(x.exposure.every((e) => e >= -1e-9)).toBe(true);
        expect(x.hazard.every((h) => h >= 0 && h <= 1)).toBe(true);
        expect(x.pReimposed.every((p) => p >= 0 && p <= 1)).toBe(true);
        expect(Object.values(r.summary).every((v) => Number.isFinite(v))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('probability re-imposed is exactly 0 when the base hazard and the reckoning are zero', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = simulate({ ...s, baseHazardAnnual: 0, deadlineFactor: 0 });
        expect(r.series.pReimposed.every((p) => p === 0)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test('instrument and sector shares sum to 100%', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(s.mix.equity + s.mix.loans + s.mix.guarantees).toBeCloseTo(1, 9);
        expect(Object.values(s.sectors).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
