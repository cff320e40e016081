// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, simulate } from '../../src/model';
import { runMonteCarlo } from '../../src/model/montecarlo';
import { createRng } from '../../src/model/rng';

describe('createRng', () => {
  test('seed 550 always starts with the same numbers (on every machine)', () => {
    const rng = createRng(550);
    const first = [rng.next(), rng.next(), rng.next()].map((x) => Math.round(x * 1e9));
    expect(first).toMatchInlineSnapshot(`
      [
        280422164,
        371790361,
        602738720,
      ]
    `);
  });
  test('draws are uniform in [0, 1): the mean of 100,000 is 0.5 within 0.005', () => {
    const rng = createRng(1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

describe('runMonteCarlo', () => {
  test('the same seed gives identical results', () => {
    const a = runMonteCarlo(DEFAULT_SCENARIO, { paths: 300, seed: 7 });
    const b = runMonteCarlo(DEFAULT_SCENARIO, { paths: 300, seed: 7 });
    expect(b).toEqual(a);
  });
  test('different seeds give different results', () => {
    const a = runMonteCarlo(DEFAULT_SCENARIO, { paths: 300, seed: 7 });
    const b = runMonteCarlo(DEFAULT_SCENARIO, { paths: 300, seed: 8 });
    expect(b.creditedAtDeadline.mean).not.toBe(a.creditedAtDeadline.mean);
  });
  test('bands are ordered 5% <= 25% <= 50% <= 75% <= 95% in every month', () => {
    const r = runMonteCarlo(DEFAULT_SCENARIO, { paths: 500, seed: 550 });
    for (const band of [r.credited, r.committed, r.disbursed]) {
      band.p5.forEach((v, t) => {
        expect(v).toBeLessThanOrEqual(band.p25[t]!);
        expect(band.p25[t]!).toBeLessThanOrEqual(band.p50[t]!);
        expect(band.p50[t]!).toBeLessThanOrEqual(band.p75[t]!);
        expect(band.p75[t]!).toBeLessThanOrEqual(band.p95[t]!);
      });
    }
    expect(r.shareReimposed.every((p, t) => p >= (r.shareReimposed[t - 1] ?? 0) && p <= 1)).toBe(
      true,
    );
    expect(r.creditedAtDeadline.counts.reduce((a, b) => a + b, 0)).toBe(500);
  });
  test('at 20,000 paths the mean credited at the deadline is within 5% of the deterministic value', () => {
    const r = runMonteCarlo(DEFAULT_SCENARIO, { paths: 20_000, seed: 550 });
    const deterministic = simulate(DEFAULT_SCENARIO).summary.creditedByDeadline;
    expect(Math.abs(r.creditedAtDeadline.mean / deterministic - 1)).toBeLessThan(0.05);
  }, 30_000);
  test('uncertainty raises the tariff risk: short paths raise the hazard more than full ones lower it', () => {
    const r = runMonteCarlo(DEFAULT_SCENARIO, { paths: 5_000, seed: 550 });
    const deterministic = simulate(DEFAULT_SCENARIO).summary.pReimposedByDeadline;
    expect(r.shareReimposedByDeadline).toBeGreaterThan(deterministic);
    expect(r.shareReimposedByDeadline).toBeLessThan(deterministic + 0.15);
  }, 30_000);
  test('progress is reported until every path is done', () => {
    const seen: number[] = [];
    runMonteCarlo(DEFAULT_SCENARIO, { paths: 1200, seed: 1 }, (done) => seen.push(done), 500);
    expect(seen).toEqual([500, 1000, 1200]);
  });
  test('a stalled programme has no spread after the announced projects are decided', () => {
    const r = runMonteCarlo({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 0 }, { paths: 400, seed: 3 });
    expect(r.credited.p95.at(-1)).toBeLessThanOrEqual(109 + 1e-6);
  });
});
