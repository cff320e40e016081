// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadExposure, simulate } from '../../src/model';
import { scenarioArb } from './arbitraries';

const { exposure } = await loadExposure();
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
          'hazard',
          'pReimposed',
          'expectedDutiesUsdBn',
          'gdpEffect',
          'averageTariff',
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
        const outstanding = exposure(s);
        expect(outstanding).toHaveLength(r.months.length);
        expect(finite(outstanding)).toBe(true);
        expect(outstanding.every((e) => e >= -1e-9)).toBe(true);
        expect(x.hazard.every((h) => h >= 0 && h <= 1)).toBe(true);
        expect(x.pReimposed.every((p) => p >= 0 && p <= 1)).toBe(true);
        const numbers = Object.values(r.summary).filter((v) => typeof v === 'number');
        expect(numbers.every((v) => Number.isFinite(v))).toBe(true);
        expect(Object.values(r.summary.why.parts).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('the chance of a penalty is exactly 0 when the threat rate and the reckoning are zero, or nothing is implemented', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const quiet = simulate({ ...s, threatRateAnnual: 0, deadlineFactor: 0 });
        expect(quiet.series.pReimposed.every((p) => p === 0)).toBe(true);
        const toothless = simulate({ ...s, implementedShare: 0 });
        expect(toothless.series.pReimposed.every((p) => p === 0)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test('nothing is projected into the past: no hazard in history, no selection after the announced ones before the projection', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = simulate(s);
        const onlyAnnounced = simulate({ ...s, paceUsdBnPerYear: 0 });
        for (let m = 0; m <= r.asOfMonth; m++) {
          expect(r.series.pReimposed[m]).toBe(0);
          expect(r.series.selected[m]).toBe(onlyAnnounced.series.selected[m]);
        }
      }),
      { numRuns: 50 },
    );
  });

  test('the parts of "why this number" add up to the chance of a penalty by the deadline', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { why, pReimposedByDeadline } = simulate(s).summary;
        const sum = Object.values(why.parts).reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - pReimposedByDeadline)).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
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
