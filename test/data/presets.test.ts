// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { PRESETS, PRESET_IDS } from '../../src/data/presets';
import { DEFAULT_SCENARIO, simulate } from '../../src/model';
import { normalizeScenario } from '../../src/model/normalize';
import { presetScenario } from '../../src/model/presets';

describe('presets', () => {
  test.each(PRESET_IDS)('%s is a valid scenario that needs no correction, with a source', (id) => {
    const merged = { ...DEFAULT_SCENARIO, ...PRESETS[id].patch };
    const { corrections } = normalizeScenario(merged);
    expect(corrections.filter((c) => c.kind !== 'rebalanced')).toEqual([]);
    expect(PRESETS[id].sources.length).toBeGreaterThan(0);
  });

  test.each([
    [
      'central is the defaults',
      'central',
      (s: typeof DEFAULT_SCENARIO) => s.pledgeUsdBn === 550 && s.mix.equity === 0.02,
    ],
    [
      'Tokyo: equity 1.5%, guarantees at face value',
      'tokyo',
      (s: typeof DEFAULT_SCENARIO) => s.mix.equity === 0.015 && s.guaranteeCreditWeight === 1,
    ],
    [
      'Washington: guarantees at a quarter',
      'washington',
      (s: typeof DEFAULT_SCENARIO) => s.guaranteeCreditWeight === 0.25,
    ],
    [
      'our money: half equity, half loans',
      'ourMoney',
      (s: typeof DEFAULT_SCENARIO) => s.mix.equity === 0.5 && s.mix.guarantees === 0,
    ],
    ['stalled: no pace', 'stalled', (s: typeof DEFAULT_SCENARIO) => s.paceUsdBnPerYear === 0],
    [
      'high rates',
      'highRates',
      (s: typeof DEFAULT_SCENARIO) => s.treasury10yAnnual === 0.055 && s.sofrAnnual === 0.05,
    ],
    [
      'Korea: US$350 bn, US$20 bn a year, shipbuilding 43%',
      'korea',
      (s: typeof DEFAULT_SCENARIO) =>
        s.pledgeUsdBn === 350 &&
        s.annualCapUsdBn === 20 &&
        Math.abs(s.sectors.shipping - 0.4286) < 1e-4,
    ],
  ] as const)('%s', (_why, id, check) => {
    expect(check(presetScenario(id))).toBe(true);
  });

  test('the seed article mix is its midpoints normalised to 100%', () => {
    const s = presetScenario('seedArticle');
    expect(s.mix.loans).toBeCloseTo(62.5 / 97.5, 12);
    expect(s.sectors.semis).toBeCloseTo(37.5 / 95, 12);
  });

  test('on the required pace, selections reach the pledge at the deadline', () => {
    const r = simulate(presetScenario('onPace'));
    expect(r.summary.selectedByDeadline).toBeGreaterThan(540);
    expect(r.summary.selectedByDeadline).toBeLessThan(560);
  });

  test("Washington's reading credits less than Tokyo's", () => {
    expect(simulate(presetScenario('washington')).summary.creditedByDeadline).toBeLessThan(
      simulate(presetScenario('tokyo')).summary.creditedByDeadline,
    );
  });
});
