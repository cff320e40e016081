// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { ParamKey } from '../../src/data/params';
import { PLAUSIBLE } from '../../src/data/plausible';
import { GOODS_CLASSES, type GoodsId } from '../../src/data/goods';
import { DEFAULT_SCENARIO, simulate, type Scenario } from '../../src/model';
import { attribute, attributions, diffScenarios, EXACT_LIMIT, type Outcome } from '../../src/model';
import { sensitivities, sensitivity } from '../../src/model';
import { presetScenario } from '../../src/model';
import { scenarioArb } from './arbitraries';

const total = (a: Scenario, b: Scenario, o: Outcome) =>
  simulate(b).summary[o] - simulate(a).summary[o];
const sum = (xs: readonly { contribution: number }[]) => xs.reduce((t, x) => t + x.contribution, 0);

describe('diffScenarios', () => {
  test('lists exactly the inputs that differ, from and to', () => {
    const b = {
      ...DEFAULT_SCENARIO,
      mix: { equity: 0.3, loans: 0.5, guarantees: 0.2 },
      pledgeUsdBn: 600,
    };
    expect(diffScenarios(DEFAULT_SCENARIO, b)).toEqual([
      { input: 'pledgeUsdBn', from: 550, to: 600 },
      { input: 'mix', from: DEFAULT_SCENARIO.mix, to: b.mix },
    ]);
    expect(diffScenarios(DEFAULT_SCENARIO, DEFAULT_SCENARIO)).toEqual([]);
  });
});

describe('attribute', () => {
  test('Stalled vs Central: the pace is the whole change in credited', () => {
    const c = attribute(presetScenario('central'), presetScenario('stalled'), 'creditedByDeadline');
    expect(c.map((x) => x.input)).toEqual(['paceUsdBnPerYear']);
    expect(c[0]?.contribution).toBeCloseTo(
      total(presetScenario('central'), presetScenario('stalled'), 'creditedByDeadline'),
      9,
    );
  });

  test('an input that does not affect the outcome gets exactly zero', () => {
    const b = { ...DEFAULT_SCENARIO, paceUsdBnPerYear: 50, mcSeed: 7, usdJpy: 140 };
    const c = attribute(DEFAULT_SCENARIO, b, 'pReimposedByDeadline');
    expect(c.find((x) => x.input === 'mcSeed')?.contribution).toBe(0);
    expect(c.find((x) => x.input === 'usdJpy')?.contribution).toBe(0);
    expect(c.find((x) => x.input === 'paceUsdBnPerYear')?.contribution).toBeGreaterThan(0);
  });

  test('High rates: contributions of SOFR and Treasury add up to the change in risk', () => {
    const a = presetScenario('central');
    const b = presetScenario('highRates');
    const c = attribute(a, b, 'pReimposedByDeadline');
    expect(c.map((x) => x.input)).toEqual(['sofrAnnual', 'treasury10yAnnual']);
    expect(Math.abs(sum(c) - total(a, b, 'pReimposedByDeadline'))).toBeLessThan(1e-9);
  });

  test('contributions always sum to the total change (exact Shapley, up to 10 differing inputs)', () => {
    const few = fc.tuple(scenarioArb, fc.uniqueArray(fc.nat(30), { maxLength: EXACT_LIMIT }));
    fc.assert(
      fc.property(few, ([other, picks]) => {
        const keys = diffScenarios(DEFAULT_SCENARIO, other).map((d) => d.input);
        const chosen = picks
          .map((p) => keys[p % Math.max(1, keys.length)])
          .filter((k) => k !== undefined);
        const b = {
          ...DEFAULT_SCENARIO,
          ...Object.fromEntries(chosen.map((k) => [k, other[k]])),
        } as Scenario;
        for (const o of ['creditedByDeadline', 'pReimposedByDeadline'] as const) {
          expect(
            Math.abs(sum(attribute(DEFAULT_SCENARIO, b, o)) - total(DEFAULT_SCENARIO, b, o)),
          ).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  test('above 10 differing inputs the sampled values still sum exactly, and are reproducible', () => {
    fc.assert(
      fc.property(scenarioArb, (b) => {
        fc.pre(diffScenarios(DEFAULT_SCENARIO, b).length > EXACT_LIMIT);
        const c = attribute(DEFAULT_SCENARIO, b, 'creditedByDeadline', 8);
        expect(Math.abs(sum(c) - total(DEFAULT_SCENARIO, b, 'creditedByDeadline'))).toBeLessThan(
          1e-9,
        );
        expect(attribute(DEFAULT_SCENARIO, b, 'creditedByDeadline', 8)).toEqual(c);
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});

describe('sensitivity (each input over its plausible range)', () => {
  test('credited swings most with the pace (nothing more, to the pace of the two tranches); the ranking is by width', () => {
    const { base, swings } = sensitivity(DEFAULT_SCENARIO, 'creditedByDeadline');
    expect(base).toBeCloseTo(simulate(DEFAULT_SCENARIO).summary.creditedByDeadline, 9);
    expect(swings[0]?.input).toBe('paceUsdBnPerYear');
    expect(swings[0]?.low).toBeCloseTo(109, 6);
    expect(swings.every((s) => Number.isFinite(s.low) && Number.isFinite(s.high))).toBe(true);
    const widths = swings.map((s) => Math.abs(s.high - s.low));
    expect(widths).toEqual([...widths].sort((x, y) => y - x));
  });
  test('each swing reports the values it swept: the plausible range, not the slider bounds', () => {
    const { swings } = sensitivity(DEFAULT_SCENARIO, 'pReimposedByDeadline');
    for (const s of swings) {
      const range = s.input.startsWith('goods.')
        ? GOODS_CLASSES[s.input.slice(6) as GoodsId].plausiblePenalty
        : PLAUSIBLE[s.input as ParamKey];
      expect(range).toBeDefined();
      expect([s.lowValue, s.highValue]).toEqual([range!.low, range!.high]);
    }
    expect(swings.map((s) => s.input)).not.toContain('pledgeUsdBn');
    expect(swings.map((s) => s.input)).not.toContain('mcSeed');
  });
  test('the goods classes are in the tornado: the duties swing most with a penalty class’s rate or the threat rate', () => {
    const { swings } = sensitivity(DEFAULT_SCENARIO, 'expectedDutiesUsdBn');
    expect(swings.map((s) => s.input)).toContain('goods.other');
    const other = swings.find((s) => s.input === 'goods.other')!;
    expect(other.high).toBeGreaterThan(other.low);
    // A penalty class's rate moves neither credit nor the chance of a penalty.
    const risk = sensitivity(DEFAULT_SCENARIO, 'pReimposedByDeadline').swings.find(
      (s) => s.input === 'goods.other',
    )!;
    expect(risk.high).toBe(risk.low);
  });
  test('the risk swings most with the threat rate; a slower pace raises it', () => {
    const { swings } = sensitivity(DEFAULT_SCENARIO, 'pReimposedByDeadline');
    expect(swings[0]?.input).toBe('threatRateAnnual');
    const pace = swings.find((s) => s.input === 'paceUsdBnPerYear');
    expect(pace!.low).toBeGreaterThan(pace!.high);
  });
});

describe('the outcomes worked out together share their model runs and give the same numbers', () => {
  const outcomes = [
    'creditedByDeadline',
    'pReimposedByDeadline',
    'expectedDutiesUsdBn',
    'monthsBehindPace',
  ] as const;
  test('sensitivities: each outcome as its own sweep', () => {
    const s = presetScenario('stalled');
    const all = sensitivities(s, outcomes);
    for (const o of outcomes) expect(all[o]).toEqual(sensitivity(s, o));
  });
  test('attributions: each outcome as its own attribution, exact and sampled', () => {
    const a = presetScenario('central');
    for (const b of [presetScenario('stalled'), presetScenario('highRates')]) {
      const all = attributions(a, b, outcomes);
      for (const o of outcomes) expect(all[o]).toEqual(attribute(a, b, o));
    }
  });
  test('attributions sampled above 10 differing inputs: each outcome still sums exactly to its change', () => {
    fc.assert(
      fc.property(scenarioArb, (b) => {
        fc.pre(diffScenarios(DEFAULT_SCENARIO, b).length > EXACT_LIMIT);
        const all = attributions(DEFAULT_SCENARIO, b, outcomes, 8);
        for (const o of outcomes)
          expect(Math.abs(sum(all[o]) - total(DEFAULT_SCENARIO, b, o))).toBeLessThan(1e-9);
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});
