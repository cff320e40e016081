// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, averageRates, runMonteCarlo, simulate } from '../../src/model';
import { GOODS_CLASSES, GOODS_IDS, RATE_NOW } from '../../src/data/goods';
import { MARKETS } from '../../src/data/markets';

const month = (r: ReturnType<typeof simulate>, label: string) => r.months.indexOf(label);

describe('the tariff side by goods class (MODEL.md §2 [v2])', () => {
  test('the average rate now is the share-weighted rate of the data, within 0.1 point', () => {
    const weighted = GOODS_IDS.reduce(
      (a, id) => a + GOODS_CLASSES[id].share * RATE_NOW[id].rate,
      0,
    );
    expect(Math.abs(averageRates(DEFAULT_SCENARIO.goods).now - weighted)).toBeLessThan(0.001);
    expect(averageRates(DEFAULT_SCENARIO.goods).now).toBeCloseTo(0.152, 3);
    expect(averageRates(DEFAULT_SCENARIO.goods).penalty).toBeCloseTo(0.27, 2);
  });
  test('the default rate now on all other goods is 12.5%, dated from 2026-07-24 (the Section 301 action)', () => {
    expect(RATE_NOW.other.rate).toBe(0.125);
    expect(RATE_NOW.other.from).toBe('2026-07-24');
    expect(DEFAULT_SCENARIO.goods.other.rateNow).toBe(0.125);
  });
  test('cars and parts pay 15% since 16 Sep 2025, and 27.5% under a penalty', () => {
    expect(RATE_NOW.autos).toMatchObject({ from: '2025-09-16', rate: 0.15 });
    expect(DEFAULT_SCENARIO.goods.autos.ratePenalty).toBe(0.275);
  });
  test('the shares of exports sum to 1, and the cars share is MOF’s cars and parts over the total', () => {
    expect(GOODS_IDS.reduce((a, id) => a + GOODS_CLASSES[id].share, 0)).toBeCloseTo(1, 12);
    expect(GOODS_CLASSES.autos.share).toBeCloseTo((5340.9 + 1070) / 20414, 12);
  });
  test('exports in dollars are MOF’s yen total at the 2025 average rate', () => {
    expect(DEFAULT_SCENARIO.exportsUsdBn).toBeCloseTo(20414 / MARKETS.usdJpy2025Average.value, 1);
  });
});

describe('expected extra duties and the GDP effect', () => {
  test('duties are the sum over months after the data date of P(t) x exports/12 x share x (penalty - now), to Dec 2029', () => {
    const s = DEFAULT_SCENARIO;
    const r = simulate(s);
    const end = month(r, '2029-12');
    let expected = 0;
    for (let t = r.asOfMonth + 1; t <= end; t++)
      for (const id of GOODS_IDS) {
        const c = s.goods[id];
        expected +=
          ((r.series.pReimposed[t] ?? 0) * s.exportsUsdBn * c.share * (c.ratePenalty - c.rateNow)) /
          12;
      }
    expect(r.summary.expectedDutiesUsdBn).toBeCloseTo(expected, 9);
    const byClass = GOODS_IDS.reduce((a, id) => a + r.summary.expectedDutiesByClass[id], 0);
    expect(byClass).toBeCloseTo(r.summary.expectedDutiesUsdBn, 9);
  });
  test('a class whose penalty equals its rate now adds no duties', () => {
    const s = {
      ...DEFAULT_SCENARIO,
      goods: {
        ...DEFAULT_SCENARIO.goods,
        autos: { ...DEFAULT_SCENARIO.goods.autos, ratePenalty: 0.15 },
      },
    };
    expect(simulate(s).summary.expectedDutiesByClass.autos).toBe(0);
  });
  test('the GDP input moves the GDP effect the page shows, in proportion', () => {
    const a = simulate(DEFAULT_SCENARIO).summary;
    const b = simulate({
      ...DEFAULT_SCENARIO,
      gdpPerTenPointsAnnual: 2 * DEFAULT_SCENARIO.gdpPerTenPointsAnnual,
    }).summary;
    expect(b.expectedGdpEffect).toBeCloseTo(2 * a.expectedGdpEffect, 12);
    expect(b.gdpEffectIfImposed).toBeCloseTo(2 * a.gdpEffectIfImposed, 12);
    expect(a.gdpEffectIfImposed).toBeCloseTo(
      ((a.averageRatePenalty - a.averageRateNow) / 0.1) * 0.0024,
      12,
    );
  });
  test('the Monte Carlo’s duties are the same sum over its share of paths', () => {
    const s = DEFAULT_SCENARIO;
    const mc = runMonteCarlo(s, { paths: 300, seed: 3 });
    const r = simulate(s);
    const end = month(r, '2029-12');
    const gap = (averageRates(s.goods).penalty - averageRates(s.goods).now) * (s.exportsUsdBn / 12);
    const sum = mc.shareReimposed.slice(r.asOfMonth + 1, end + 1).reduce((a, p) => a + p * gap, 0);
    expect(mc.tariff.expectedDutiesUsdBn[end]).toBeCloseTo(sum, 9);
  });
});

describe('the average tariff over time', () => {
  const r = simulate(DEFAULT_SCENARIO);
  const w = (autos: number, metals: number, other: number) =>
    GOODS_CLASSES.autos.share * autos +
    GOODS_CLASSES.metals232.share * metals +
    GOODS_CLASSES.other.share * other;
  test.each([
    ['October 2025: cars 15%, IEEPA 15%', '2025-10', w(0.15, 0.2, 0.15)],
    ['March 2026: Section 122 (MFN + 10%)', '2026-03', w(0.15, 0.2, 0.125)],
    ['August 2026: the Section 301 action', '2026-08', w(0.15, 0.2, 0.125)],
  ])('history follows the dated schedule: %s', (_why, label, rate) => {
    expect(r.series.averageTariff[month(r, label)]).toBeCloseTo(rate, 12);
  });
  test('after the data date it is the rate now plus P(t) times the gap', () => {
    const { averageRateNow: now, averageRatePenalty: pen } = r.summary;
    const m = month(r, '2028-06');
    expect(r.series.averageTariff[m]).toBeCloseTo(
      now + (r.series.pReimposed[m] ?? 0) * (pen - now),
      12,
    );
  });
});
