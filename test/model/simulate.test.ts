// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, simulate, type Scenario } from '../../src/model';
import { ANNOUNCED_PACE_USD_BN_PER_YEAR } from '../../src/data/params';

const stalled: Scenario = { ...DEFAULT_SCENARIO, paceUsdBnPerYear: 0 };
const month = (r: ReturnType<typeof simulate>, label: string) => r.months.indexOf(label);
const increment = (series: number[], i: number) => (series[i] ?? 0) - (series[i - 1] ?? 0);

describe('simulate: time axis', () => {
  test('months run from 2025-09 (month 0) to 2040-12', () => {
    const r = simulate(DEFAULT_SCENARIO);
    expect(r.months[0]).toBe('2025-09');
    expect(r.months.at(-1)).toBe('2040-12');
    expect(r.series.credited).toHaveLength(r.months.length);
    expect(r.months[r.deadlineMonth]).toBe('2029-01');
  });
});

describe('simulate: the funding lag lands each announced selection in the right month', () => {
  test.each([
    ['business days', 'business'],
    ['calendar days', 'calendar'],
  ] as const)(
    '%s: tranche 1 (17 Feb) funds in April, tranche 2 (19 Mar) in May',
    (_why, lagRule) => {
      const r = simulate({ ...stalled, lagRule });
      const a = r.sectors;
      const t1 =
        33.3 * a.gas.fundingProbability +
        2.1 * a.shipping.fundingProbability +
        0.6 * a.minerals.fundingProbability;
      const t2 = 40 * a.nuclear.fundingProbability + 33 * a.gas.fundingProbability;
      expect(r.series.committed[month(r, '2026-03')]).toBe(0);
      expect(increment(r.series.committed, month(r, '2026-04'))).toBeCloseTo(t1, 9);
      expect(increment(r.series.committed, month(r, '2026-05'))).toBeCloseTo(t2, 9);
    },
  );

  test.each([
    ['business days: 2 Mar + 45 = 4 May', 'business', '2026-05'],
    ['calendar days: 2 Mar + 45 = 16 Apr', 'calendar', '2026-04'],
  ] as const)('a reader-added selection on 2 Mar 2026, %s', (_why, lagRule, fundedIn) => {
    const r = simulate({
      ...stalled,
      lagRule,
      selections: [{ id: 'x', date: '2026-03-02', name: 'Test', sector: 'gas', valueUsdBn: 10 }],
    });
    const i = month(r, fundedIn);
    expect(r.series.committed[i - 1]).toBe(0);
    expect(r.series.committed[i]).toBeCloseTo(10 * r.sectors.gas.fundingProbability, 9);
  });
});

describe('simulate: required pace', () => {
  test('reaches the pledge exactly in January 2029, not before', () => {
    const r = simulate(DEFAULT_SCENARIO);
    expect(r.series.required[month(r, '2028-12')]).toBeLessThan(550);
    expect(r.series.required[month(r, '2029-01')]).toBe(550);
    expect(r.series.required.at(-1)).toBe(550);
  });
  test('scales with the pledge', () => {
    const r = simulate({ ...DEFAULT_SCENARIO, pledgeUsdBn: 1000 });
    expect(r.series.required[month(r, '2029-01')]).toBe(1000);
  });
});

describe('simulate: defaults (MODEL.md §2)', () => {
  test('the default pace is the announced average, about US$203 bn a year', () => {
    expect(ANNOUNCED_PACE_USD_BN_PER_YEAR).toBeCloseTo(203.1, 1);
  });
  test('Japan funds about 94% of selected value', () => {
    expect(simulate(DEFAULT_SCENARIO).summary.fundedShare).toBeCloseTo(0.94, 2);
  });
  test('credited never decreases and stops at the pledge', () => {
    const c = simulate(DEFAULT_SCENARIO).series.credited;
    c.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(c[i - 1] ?? 0));
    expect(Math.max(...c)).toBeLessThanOrEqual(550 + 1e-9);
  });
  test('stalled after the announced projects, the programme ends far behind the pace', () => {
    const s = simulate(stalled).summary;
    expect(s.creditedByDeadline).toBeLessThan(109);
    expect(s.monthsBehindPace).toBeGreaterThan(30);
    expect(s.pReimposedByDeadline).toBeGreaterThan(
      simulate(DEFAULT_SCENARIO).summary.pReimposedByDeadline,
    );
  });
});

describe('simulate: disbursement', () => {
  test('a 3-year 50/40/10 gas project has drawn exactly 50% of its loans a year after funding', () => {
    const r = simulate({
      ...stalled,
      mix: { equity: 0, loans: 1, guarantees: 0 },
      selections: [{ id: 'g', date: '2026-03-02', name: 'Gas', sector: 'gas', valueUsdBn: 10 }],
    });
    const funded = 10 * r.sectors.gas.fundingProbability;
    const fundMonth = month(r, '2026-05');
    expect(r.series.disbursed[fundMonth]).toBe(0);
    expect(r.series.disbursed[fundMonth + 12]).toBeCloseTo(0.5 * funded, 9);
    expect(r.series.disbursed[fundMonth + 24]).toBeCloseTo(0.9 * funded, 9);
    expect(r.series.disbursed[fundMonth + 36]).toBeCloseTo(funded, 9);
  });
  test('equity is paid in full in the funding month', () => {
    const r = simulate({
      ...stalled,
      mix: { equity: 1, loans: 0, guarantees: 0 },
      selections: [{ id: 'g', date: '2026-03-02', name: 'Gas', sector: 'gas', valueUsdBn: 10 }],
    });
    expect(r.series.disbursed[month(r, '2026-05')]).toBeCloseTo(
      10 * r.sectors.gas.fundingProbability,
      9,
    );
  });
});

describe('simulate: tariff hazard', () => {
  test('zero base hazard and no deadline reckoning give probability exactly 0', () => {
    const r = simulate({ ...stalled, baseHazardAnnual: 0, deadlineFactor: 0 });
    expect(r.series.pReimposed.every((p) => p === 0)).toBe(true);
    expect(r.summary.expectedDutiesUsdBn).toBe(0);
  });
  test('the deadline reckoning adds the remaining shortfall share in January 2029', () => {
    const r = simulate({ ...stalled, baseHazardAnnual: 0, deadlineFactor: 1 });
    const shortfall = 1 - r.summary.creditedByDeadline / 550;
    expect(r.series.hazard[r.deadlineMonth]).toBeCloseTo(shortfall, 12);
    expect(r.summary.pReimposedByDeadline).toBeCloseTo(shortfall, 12);
  });
  test('the Section 301 window doubles the hazard intensity in July and August 2026', () => {
    const off = simulate({ ...DEFAULT_SCENARIO, events: [] });
    const on = simulate(DEFAULT_SCENARIO);
    const i = month(on, '2026-07');
    const intensity = (h: number) => -Math.log(1 - h);
    expect(intensity(on.series.hazard[i]!)).toBeCloseTo(2 * intensity(off.series.hazard[i]!), 12);
    expect(on.series.hazard[i - 1]).toBe(off.series.hazard[i - 1]);
  });
  test('expected duties are P(t) x exports/12 x (penalty - deal), summed to December 2029', () => {
    const r = simulate(DEFAULT_SCENARIO);
    const end = month(r, '2029-12');
    const sum = r.series.pReimposed.slice(0, end + 1).reduce((a, p) => a + (p * 150 * 0.1) / 12, 0);
    expect(r.summary.expectedDutiesUsdBn).toBeCloseTo(sum, 9);
    expect(r.summary.expectedDutiesJpyBn).toBeCloseTo(sum * 155, 6);
  });
});

describe('simulate: annual cap', () => {
  test('with a US$20 bn cap no calendar year commits more than US$20 bn', () => {
    const r = simulate({ ...DEFAULT_SCENARIO, annualCapUsdBn: 20 });
    const yearEnd = (y: number) => r.series.committed[month(r, `${y}-12`)] ?? 0;
    for (let y = 2026; y <= 2040; y++)
      expect(yearEnd(y) - yearEnd(y - 1)).toBeLessThanOrEqual(20 + 1e-9);
    // 2026, 2027 and 2028, plus 2029's room, which opens on 1 January, before the deadline.
    expect(r.summary.creditedByDeadline).toBeCloseTo(80, 9);
  });
});
