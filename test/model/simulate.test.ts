// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, loadExposure, simulate, type Scenario } from '../../src/model';
import {
  ANNOUNCED_TOTAL_USD_BN,
  PACE_TO_DATE_USD_BN_PER_YEAR,
  TRANCHE_PACE_USD_BN_PER_YEAR,
} from '../../src/data/params';
import { DATA_AS_OF } from '../../src/data/release';
import { MOU_DATE } from '../../src/data/deal';

const stalled: Scenario = { ...DEFAULT_SCENARIO, paceUsdBnPerYear: 0 };
const { exposure } = await loadExposure();
const month = (r: ReturnType<typeof simulate>, label: string) => r.months.indexOf(label);
const increment = (series: number[], i: number) => (series[i] ?? 0) - (series[i - 1] ?? 0);
const DAY_MS = 86_400_000;

describe('simulate: time axis', () => {
  test('months run from 2025-09 (month 0) to 2040-12; history ends in the as-of month', () => {
    const r = simulate(DEFAULT_SCENARIO);
    expect(r.months[0]).toBe('2025-09');
    expect(r.months.at(-1)).toBe('2040-12');
    expect(r.series.credited).toHaveLength(r.months.length);
    expect(r.months[r.deadlineMonth]).toBe('2029-01');
    expect(r.months[r.asOfMonth]).toBe(DATA_AS_OF.slice(0, 7));
  });
});

describe('simulate: the dated world (MODEL.md §0)', () => {
  test('selected on 30 Sep 2026 is the announced total, and nothing is selected from 20 Mar 2026 to the data date', () => {
    const r = simulate(DEFAULT_SCENARIO);
    expect(r.series.selected[month(r, '2026-09')]).toBeCloseTo(ANNOUNCED_TOTAL_USD_BN, 9);
    expect(ANNOUNCED_TOTAL_USD_BN).toBeCloseTo(109, 9);
    for (let m = month(r, '2026-04'); m <= r.asOfMonth; m++)
      expect(increment(r.series.selected, m)).toBe(0);
  });
  test('future selections start in the month after the data date', () => {
    const r = simulate(DEFAULT_SCENARIO);
    expect(increment(r.series.selected, r.asOfMonth + 1)).toBeGreaterThan(0);
  });
  test('the default pace is the announced value over the years from the MOU to the data date', () => {
    const years = (Date.parse(DATA_AS_OF) - Date.parse(MOU_DATE.value)) / DAY_MS / 365.25;
    expect(Math.abs(PACE_TO_DATE_USD_BN_PER_YEAR - ANNOUNCED_TOTAL_USD_BN / years)).toBeLessThan(
      0.5,
    );
    expect(PACE_TO_DATE_USD_BN_PER_YEAR).toBeCloseTo(99.5, 1);
    expect(DEFAULT_SCENARIO.paceUsdBnPerYear).toBe(PACE_TO_DATE_USD_BN_PER_YEAR);
  });
  test('the pace of the Feb–Mar 2026 tranches is about US$203 bn a year', () => {
    expect(TRANCHE_PACE_USD_BN_PER_YEAR).toBeCloseTo(203.1, 1);
  });
  test('the chance of a penalty is exactly 0 in every month of history', () => {
    for (const s of [DEFAULT_SCENARIO, stalled, { ...DEFAULT_SCENARIO, threatRateAnnual: 5 }]) {
      const r = simulate(s);
      for (let m = 0; m <= r.asOfMonth; m++) {
        expect(r.series.hazard[m]).toBe(0);
        expect(r.series.pReimposed[m]).toBe(0);
        expect(r.series.expectedDutiesUsdBn[m]).toBe(0);
      }
      expect(r.series.hazard[r.asOfMonth + 1]).toBeGreaterThan(0);
    }
  });
  test('selections decided in history are facts: funded in full whatever Japan’s margin', () => {
    const r = simulate({ ...stalled, requiredMarginAnnual: 0.03 });
    expect(r.series.committed[r.asOfMonth]).toBeCloseTo(ANNOUNCED_TOTAL_USD_BN, 9);
    expect(r.series.declined[r.asOfMonth]).toBe(0);
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
      expect(r.series.committed[month(r, '2026-03')]).toBe(0);
      expect(increment(r.series.committed, month(r, '2026-04'))).toBeCloseTo(33.3 + 2.1 + 0.6, 9);
      expect(increment(r.series.committed, month(r, '2026-05'))).toBeCloseTo(40 + 33, 9);
    },
  );

  test.each([
    ['business days: 2 Dec + 45 = 3 Feb', 'business', '2027-02'],
    ['calendar days: 2 Dec + 45 = 16 Jan', 'calendar', '2027-01'],
  ] as const)('a reader-added future selection on 2 Dec 2026, %s', (_why, lagRule, fundedIn) => {
    const r = simulate({
      ...stalled,
      lagRule,
      selections: [{ id: 'x', date: '2026-12-02', name: 'Test', sector: 'gas', valueUsdBn: 10 }],
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

describe('simulate: defaults', () => {
  test('credited never decreases and stops at the pledge', () => {
    const c = simulate({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 600 }).series.credited;
    c.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(c[i - 1] ?? 0));
    expect(Math.max(...c)).toBeLessThanOrEqual(550 + 1e-9);
  });
  test('stalled after the announced projects, the programme ends far behind the pace', () => {
    const s = simulate(stalled).summary;
    expect(s.creditedByDeadline).toBeCloseTo(109, 9);
    expect(s.monthsBehindPace).toBeGreaterThan(30);
    expect(s.pReimposedByDeadline).toBeGreaterThan(
      simulate(DEFAULT_SCENARIO).summary.pReimposedByDeadline,
    );
  });
});

describe('simulate: disbursement', () => {
  const oneProject = (mix: Scenario['mix']) =>
    simulate({
      ...stalled,
      mix,
      selections: [{ id: 'g', date: '2026-12-02', name: 'Gas', sector: 'gas', valueUsdBn: 10 }],
    });
  test('a 3-year 50/40/10 gas project has drawn exactly 50% of its loans a year after funding', () => {
    const r = oneProject({ equity: 0, loans: 1, guarantees: 0 });
    const funded = 10 * r.sectors.gas.fundingProbability;
    const fundMonth = month(r, '2027-02');
    expect(r.series.disbursed[fundMonth]).toBe(0);
    expect(r.series.disbursed[fundMonth + 12]).toBeCloseTo(0.5 * funded, 9);
    expect(r.series.disbursed[fundMonth + 24]).toBeCloseTo(0.9 * funded, 9);
    expect(r.series.disbursed[fundMonth + 36]).toBeCloseTo(funded, 9);
  });
  test('equity is paid in full in the funding month', () => {
    const r = oneProject({ equity: 1, loans: 0, guarantees: 0 });
    expect(r.series.disbursed[month(r, '2027-02')]).toBeCloseTo(
      10 * r.sectors.gas.fundingProbability,
      9,
    );
  });
});

describe('simulate: annual cap on cash (MODEL.md §2, Korea’s terms)', () => {
  const capped = { ...DEFAULT_SCENARIO, annualCapUsdBn: 20 };
  const yearEnd = (r: ReturnType<typeof simulate>, key: 'disbursed' | 'committed', y: number) =>
    y < 2025 ? 0 : (r.series[key][month(r, `${y}-12`)] ?? 0);
  test('no calendar year pays out more than the cap in cash', () => {
    const r = simulate(capped);
    for (let y = 2025; y <= 2040; y++)
      expect(yearEnd(r, 'disbursed', y) - yearEnd(r, 'disbursed', y - 1)).toBeLessThanOrEqual(
        20 + 1e-9,
      );
  });
  test('the cap limits cash, not commitments: credited is the same as without a cap', () => {
    expect(simulate(capped).summary.creditedByDeadline).toBeCloseTo(
      simulate(DEFAULT_SCENARIO).summary.creditedByDeadline,
      9,
    );
    expect(simulate(capped).summary.disbursedByDeadline).toBeLessThan(
      simulate(DEFAULT_SCENARIO).summary.disbursedByDeadline,
    );
  });
  test('capped cash is paid later, not lost', () => {
    const r = simulate(capped);
    const free = simulate(DEFAULT_SCENARIO);
    expect(r.series.disbursed.at(-1)).toBeCloseTo(free.series.disbursed.at(-1)!, 6);
  });
  test('an exempt sector’s cash is not capped', () => {
    const all = {
      ...capped,
      sectors: {
        ...DEFAULT_SCENARIO.sectors,
        gas: 0,
        nuclear: 0,
        ai: 0,
        semis: 0,
        minerals: 0,
        pharma: 0,
        shipping: 1,
        other: 0,
      },
      includeAnnounced: false,
      paceUsdBnPerYear: 200,
    };
    const exempt = simulate({ ...all, capExempt: ['shipping'] });
    const limited = simulate(all);
    expect(exempt.summary.disbursedByDeadline).toBeGreaterThan(limited.summary.disbursedByDeadline);
  });
});

describe('exposure (MODEL.md §3, step 8): outside simulate, for the data download', () => {
  const allEquity: Scenario = {
    ...DEFAULT_SCENARIO,
    mix: { equity: 1, loans: 0, guarantees: 0 },
  };
  test('all in equity, exposure is what is committed until the first project starts to amortise (two years at least)', () => {
    const r = simulate(allEquity);
    const out = exposure(allEquity);
    expect(out).toHaveLength(r.months.length);
    const first = r.series.committed.findIndex((v) => v > 0);
    expect(first).toBeGreaterThanOrEqual(0);
    for (let t = 0; t <= first + 24; t++) expect(out[t]).toBeCloseTo(r.series.committed[t] ?? 0, 9);
    // Then it amortises: by 2040 some of it has been paid back.
    expect(out.at(-1)).toBeLessThan(r.series.committed.at(-1) ?? 0);
  });
  test('all in guarantees, nothing is outstanding in a project’s funding month (its first draw comes the month after)', () => {
    const guarantees: Scenario = {
      ...DEFAULT_SCENARIO,
      mix: { equity: 0, loans: 0, guarantees: 1 },
    };
    const r = simulate(guarantees);
    const out = exposure(guarantees);
    const first = r.series.committed.findIndex((v) => v > 0);
    expect(out[first]).toBe(0);
    expect(out[first + 1]).toBeGreaterThan(0);
    expect(out[first + 1]).toBeLessThan(r.series.committed[first + 1] ?? 0);
  });
  test('the same months as simulate’s, and no more work in simulate: its series have no exposure', () => {
    const r = simulate(DEFAULT_SCENARIO);
    expect('exposure' in r.series).toBe(false);
    const out = exposure(DEFAULT_SCENARIO);
    expect(out).toHaveLength(r.months.length);
    // Nothing is outstanding before the first commitment; something is by the deadline.
    const first = r.series.committed.findIndex((v) => v > 0);
    expect(out.slice(0, first).every((v) => v === 0)).toBe(true);
    expect(out[r.deadlineMonth]).toBeGreaterThan(0);
  });
});
