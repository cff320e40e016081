// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { transitionArb } from './arbitraries';
import { PARAMS } from '../../src/data/params';
import { GOODS_IDS } from '../../src/data/goods';
import {
  DEFAULT_SCENARIO,
  MAX_ROWS,
  applyTransition,
  normalizeScenario,
  simulate,
  transitions as T,
  type Scenario,
  type Transition,
} from '../../src/model';

const apply = (s: Scenario, ...ts: Transition[]) => ts.reduce(applyTransition, s);

describe('transitions apply the rules normalizeScenario applies', () => {
  test('setParam clamps to the range and never changes the scenario it was given', () => {
    const s = apply(DEFAULT_SCENARIO, T.setParam('pledgeUsdBn', 99_999));
    expect(s.pledgeUsdBn).toBe(1000);
    expect(DEFAULT_SCENARIO.pledgeUsdBn).toBe(550);
    expect(Object.isFrozen(s)).toBe(true);
  });
  test('a whole-number input is rounded; NaN falls back to the default', () => {
    expect(apply(DEFAULT_SCENARIO, T.setParam('mcPaths', 1234.5)).mcPaths).toBe(1235);
    expect(apply(DEFAULT_SCENARIO, T.setParam('sofrAnnual', NaN)).sofrAnnual).toBe(
      PARAMS.sofrAnnual.default,
    );
  });
  test('a penalty rate below the rate now is raised to it (the cross-field rule, in one place)', () => {
    const s = apply(DEFAULT_SCENARIO, T.setGoodsRate('other', 'ratePenalty', 0.05));
    expect(s.goods.other.ratePenalty).toBe(s.goods.other.rateNow);
    const t = apply(DEFAULT_SCENARIO, T.setGoodsRate('autos', 'rateNow', 0.4));
    expect(t.goods.autos.ratePenalty).toBe(0.4);
  });
  test('expected duties never go negative whatever the rates (the old -US$13.7 bn)', () => {
    const s = apply(DEFAULT_SCENARIO, ...GOODS_IDS.map((id) => T.setGoodsRate(id, 'rateNow', 0.4)));
    const r = simulate(s);
    expect(r.summary.expectedDutiesUsdBn).toBeGreaterThanOrEqual(0);
    expect(r.series.expectedDutiesUsdBn.every((v, i, xs) => v >= (xs[i - 1] ?? 0))).toBe(true);
  });
  test('a new row’s id is chosen by the transition, never repeated', () => {
    const row = { date: '2027-01-01', name: 'New', sector: 'gas' as const, valueUsdBn: 5 };
    const s = apply(
      DEFAULT_SCENARIO,
      T.addSelection(row),
      T.addSelection(row),
      T.removeSelection('p6'),
      T.addSelection(row),
    );
    const ids = s.selections.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('an edit the rules refuse changes nothing', () => {
    const bad = [
      T.updateSelection('oh-gas', { valueUsdBn: -5 }),
      T.updateSelection('oh-gas', { date: '2099-01-01' }),
      T.updateSelection('oh-gas', { name: '   ' }),
      T.addSelection({ date: 'not a date', name: 'x', sector: 'gas', valueUsdBn: 1 }),
      T.addEvent({
        label: 'x',
        start: '2027-02-01',
        end: '2027-01-01',
        multiplier: 2,
        enabled: true,
      }),
      T.setPeriodEnd('2029-02-30'),
    ];
    for (const t of bad) expect(apply(DEFAULT_SCENARIO, t)).toBe(DEFAULT_SCENARIO);
  });
  test('no more than MAX_ROWS rows', () => {
    const row = { date: '2027-01-01', name: 'N', sector: 'gas' as const, valueUsdBn: 1 };
    const many = apply(
      DEFAULT_SCENARIO,
      ...Array.from({ length: MAX_ROWS + 5 }, () => T.addSelection(row)),
    );
    expect(many.selections).toHaveLength(MAX_ROWS);
  });
  test('shares stay at 100% and locked shares stay put', () => {
    const s = apply(DEFAULT_SCENARIO, T.setShare('mix', 'equity', 0.5, new Set(['guarantees'])));
    expect(s.mix.equity).toBe(0.5);
    expect(s.mix.guarantees).toBe(DEFAULT_SCENARIO.mix.guarantees);
    expect(s.mix.equity + s.mix.loans + s.mix.guarantees).toBeCloseTo(1, 12);
    const g = apply(DEFAULT_SCENARIO, T.setShare('goods', 'autos', 0.5));
    expect(GOODS_IDS.reduce((a, id) => a + g.goods[id].share, 0)).toBeCloseTo(1, 12);
  });
  test('a preset replaces the whole scenario; reset all returns to the defaults', () => {
    const s = apply(DEFAULT_SCENARIO, T.applyPreset('korea'));
    expect(s.pledgeUsdBn).toBe(350);
    expect(s.capExempt).toEqual(['shipping']);
    expect(apply(s, T.resetAll)).toBe(DEFAULT_SCENARIO);
  });
});

describe('any sequence of transitions', () => {
  test('ends in a scenario normalizeScenario returns unchanged, with no correction', () => {
    fc.assert(
      fc.property(fc.array(transitionArb, { maxLength: 25 }), (ts) => {
        const s = apply(DEFAULT_SCENARIO, ...ts);
        const n = normalizeScenario(s);
        expect(n.corrections).toEqual([]);
        expect(n.scenario).toEqual(s);
      }),
      { numRuns: 400 },
    );
  });
});
