// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO, Sfc32, createRng, runMonteCarlo, simulate } from '../../src/model';

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

/** sfc32 as its author writes it, on unsigned words, seeded through splitmix32. */
function textbookSfc32(seed: number): () => number {
  let state = seed >>> 0;
  const split = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [split(), split(), split(), split()];
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4_294_967_296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

describe('Sfc32', () => {
  test('gives the numbers of sfc32 on unsigned words, for any seed', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), (seed) => {
        const textbook = textbookSfc32(seed);
        const rng = new Sfc32(seed);
        for (let i = 0; i < 2000; i++) expect(rng.next()).toBe(textbook());
      }),
      { numRuns: 100 },
    );
  });
});

describe('Sfc32.fill', () => {
  test('gives the numbers next() gives, one by one, across blocks and mixed with next()', () => {
    fc.assert(
      fc.property(
        fc.nat(2 ** 32 - 1),
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 6 }),
        (seed, sizes) => {
          const one = new Sfc32(seed);
          const blocks = new Sfc32(seed);
          for (const size of sizes) {
            const block = new Float64Array(size);
            blocks.fill(block);
            expect(Array.from(block, () => one.next())).toEqual(Array.from(block));
            expect(blocks.next()).toBe(one.next());
          }
        },
      ),
      { numRuns: 200 },
    );
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
    const band = r.credited;
    band.p5.forEach((v, t) => {
      expect(v).toBeLessThanOrEqual(band.p25[t]!);
      expect(band.p25[t]!).toBeLessThanOrEqual(band.p50[t]!);
      expect(band.p50[t]!).toBeLessThanOrEqual(band.p75[t]!);
      expect(band.p75[t]!).toBeLessThanOrEqual(band.p95[t]!);
    });
    expect(r.shareReimposed.every((p, t) => p >= (r.shareReimposed[t - 1] ?? 0) && p <= 1)).toBe(
      true,
    );
    const c = r.creditedAtDeadline;
    expect(c.p5 <= c.p50 && c.p50 <= c.p95).toBe(true);
  });
  test('the past is the same on every path, and equals the deterministic run to the cent', () => {
    for (const s of [DEFAULT_SCENARIO, { ...DEFAULT_SCENARIO, requiredMarginAnnual: 0.02 }]) {
      const r = runMonteCarlo(s, { paths: 400, seed: 11 });
      const d = simulate(s);
      for (let m = 0; m <= d.asOfMonth; m++) {
        for (const q of [
          r.credited.p5,
          r.credited.p25,
          r.credited.p50,
          r.credited.p75,
          r.credited.p95,
        ])
          expect(q[m]).toBe(d.series.credited[m]);
        expect(r.shareReimposed[m]).toBe(0);
      }
      // After history the paths spread.
      expect(r.credited.p95.at(-1)).toBeGreaterThan(r.credited.p5.at(-1)!);
    }
  });
  test('nothing is selected before the month after the data date on any path', () => {
    const r = runMonteCarlo(DEFAULT_SCENARIO, { paths: 300, seed: 5 });
    const d = simulate(DEFAULT_SCENARIO);
    expect(r.credited.p95[d.asOfMonth + 1]).toBe(d.series.credited[d.asOfMonth + 1]);
  });
  test('at 20,000 paths the mean credited at the deadline is within 5% of the deterministic value', () => {
    const r = runMonteCarlo(DEFAULT_SCENARIO, { paths: 20_000, seed: 550 });
    const deterministic = simulate(DEFAULT_SCENARIO).summary.creditedByDeadline;
    expect(Math.abs(r.creditedAtDeadline.mean / deterministic - 1)).toBeLessThan(0.05);
  }, 30_000);
  test('the share with a penalty is within a few points of the central path (one answer, not two)', () => {
    const r = runMonteCarlo(DEFAULT_SCENARIO, { paths: 5_000, seed: 550 });
    const central = simulate(DEFAULT_SCENARIO).summary.pReimposedByDeadline;
    expect(r.shareReimposedByDeadline).toBeGreaterThan(central - 0.02);
    expect(r.shareReimposedByDeadline).toBeLessThan(central + 0.05);
  }, 30_000);
  test('progress is reported until every path is done', () => {
    const seen: number[] = [];
    runMonteCarlo(DEFAULT_SCENARIO, { paths: 1200, seed: 1 }, (done) => seen.push(done), 500);
    expect(seen).toEqual([500, 1000, 1200]);
  });
  test('a stalled programme has no spread after the announced projects', () => {
    const r = runMonteCarlo({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 0 }, { paths: 400, seed: 3 });
    expect(r.credited.p95.at(-1)).toBeCloseTo(109, 6);
    expect(r.credited.p5.at(-1)).toBeCloseTo(109, 6);
  });
});
