// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SCENARIO,
  RISK_FACTORS,
  presetScenario,
  runMonteCarlo,
  simulate,
  type Scenario,
} from '../../src/model';

const stalled: Scenario = { ...DEFAULT_SCENARIO, paceUsdBnPerYear: 0 };
const month = (r: ReturnType<typeof simulate>, label: string) => r.months.indexOf(label);
const intensity = (h: number) => -Math.log(1 - h);

describe('the hazard: threats, then implementation (MODEL.md §4.8)', () => {
  test.each([
    ['no threats', { threatRateAnnual: 0, deadlineFactor: 0 }],
    ['no threat is ever implemented', { implementedShare: 0 }],
    [
      'no threat is ever implemented, even with every multiplier high',
      { implementedShare: 0, gapMultiplier: 10, declineMultiplier: 10, deadlineFactor: 2 },
    ],
  ])('%s: the chance of a penalty is exactly 0', (_why, patch) => {
    const r = simulate({ ...stalled, ...patch });
    expect(r.series.pReimposed.every((p) => p === 0)).toBe(true);
    expect(r.summary.expectedDutiesUsdBn).toBe(0);
    const mc = runMonteCarlo({ ...stalled, ...patch }, { paths: 200, seed: 1 });
    expect(mc.shareReimposedByDeadline).toBe(0);
  });

  test('a month’s intensity is threats/12 x implemented share x the multipliers', () => {
    const s = { ...stalled, gapMultiplier: 1, declineMultiplier: 1, events: [] };
    const r = simulate(s);
    const m = r.asOfMonth + 2;
    expect(intensity(r.series.hazard[m]!)).toBeCloseTo(
      (s.threatRateAnnual / 12) * s.implementedShare,
      12,
    );
  });

  test('the shortfall multiplier applies once per 20 points of shortfall', () => {
    const base = { ...stalled, declineMultiplier: 1, events: [] };
    const one = simulate({ ...base, gapMultiplier: 1 });
    const two = simulate({ ...base, gapMultiplier: 2 });
    const m = one.asOfMonth + 3;
    const gap = two.series.shortfall[m]!;
    expect(intensity(two.series.hazard[m]!) / intensity(one.series.hazard[m]!)).toBeCloseTo(
      2 ** (gap / 0.2),
      10,
    );
  });

  test('the deadline reckoning adds min(1, shortfall x factor) x implemented share in the deadline month', () => {
    const s = { ...stalled, threatRateAnnual: 0, deadlineFactor: 1 };
    const r = simulate(s);
    const shortfall = 1 - r.summary.creditedByDeadline / 550;
    expect(r.series.hazard[r.deadlineMonth]).toBeCloseTo(shortfall * s.implementedShare, 12);
    expect(r.summary.pReimposedByDeadline).toBeCloseTo(shortfall * s.implementedShare, 12);
  });

  test('after the presidential term the threat rate is scaled by the successor factor, multipliers frozen', () => {
    const s = { ...stalled, events: [], successorFactor: 0.5, deadlineFactor: 0 };
    const r = simulate(s);
    const feb = month(r, '2029-02');
    // Frozen after the deadline: every month after the term's end has the same hazard.
    const later = r.series.hazard.slice(feb);
    expect(new Set(later.map((h) => h.toFixed(15))).size).toBe(1);
    const withoutSuccessor = simulate({ ...s, successorFactor: 1 });
    expect(intensity(r.series.hazard[feb]!)).toBeCloseTo(
      0.5 * intensity(withoutSuccessor.series.hazard[feb]!),
      12,
    );
  });

  test('a past event window changes nothing; a future one multiplies its months', () => {
    const past = simulate(DEFAULT_SCENARIO);
    const none = simulate({ ...DEFAULT_SCENARIO, events: [] });
    expect(past.series.pReimposed).toEqual(none.series.pReimposed);
    const future = simulate({
      ...DEFAULT_SCENARIO,
      events: [
        {
          id: 'f',
          label: 'F',
          start: '2027-03-01',
          end: '2027-03-31',
          multiplier: 3,
          enabled: true,
        },
      ],
    });
    const m = month(future, '2027-03');
    expect(intensity(future.series.hazard[m]!)).toBeCloseTo(
      3 * intensity(none.series.hazard[m]!),
      10,
    );
    expect(future.series.hazard[m - 1]).toBe(none.series.hazard[m - 1]);
  });

  test('the stalled preset never has a month above 40% (no 8% → 83% jump at the deadline)', () => {
    const r = simulate(presetScenario('stalled'));
    expect(Math.max(...r.series.hazard)).toBeLessThanOrEqual(0.4);
  });
});

describe('why this number (MODEL.md §4.8)', () => {
  const scenarios: [string, Scenario][] = [
    ['the defaults', DEFAULT_SCENARIO],
    ['stalled', presetScenario('stalled')],
    [
      'a future event',
      {
        ...DEFAULT_SCENARIO,
        events: [
          {
            id: 'f',
            label: 'F',
            start: '2027-01-01',
            end: '2027-06-30',
            multiplier: 4,
            enabled: true,
          },
        ],
      },
    ],
    ['high rates', presetScenario('highRates')],
  ];
  test.each(scenarios)('the five parts add up to the central path’s probability, %s', (_why, s) => {
    const { why, pReimposedByDeadline } = simulate(s).summary;
    const sum = RISK_FACTORS.reduce((a, f) => a + why.parts[f], 0);
    expect(Math.abs(sum - pReimposedByDeadline)).toBeLessThan(1e-9);
    expect(why.total).toBe(pReimposedByDeadline);
  });
  test.each(scenarios)('and to the Monte Carlo share, %s', (_why, s) => {
    const mc = runMonteCarlo(s, { paths: 500, seed: 7 });
    const sum = RISK_FACTORS.reduce((a, f) => a + mc.why.parts[f], 0);
    expect(Math.abs(sum - mc.shareReimposedByDeadline)).toBeLessThan(1e-9);
  });
  test('a cause that is absent gets nothing: no events, no part for events', () => {
    expect(simulate({ ...DEFAULT_SCENARIO, events: [] }).summary.why.parts.events).toBe(0);
    expect(simulate({ ...DEFAULT_SCENARIO, deadlineFactor: 0 }).summary.why.parts.reckoning).toBe(
      0,
    );
  });
  test('with no shortfall multiplier the shortfall has no part', () => {
    expect(
      simulate({ ...DEFAULT_SCENARIO, gapMultiplier: 1 }).summary.why.parts.shortfall,
    ).toBeCloseTo(0, 12);
  });
});
