// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO, simulate } from '../../src/model';
import { normalizeScenario } from '../../src/model';
import { scenarioArb } from './arbitraries';

describe('normalizeScenario', () => {
  test('the default scenario passes unchanged, with no corrections', () => {
    const { scenario, corrections } = normalizeScenario(DEFAULT_SCENARIO);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(corrections).toEqual([]);
  });

  test.each([
    [
      'a pledge above the range is clamped',
      { pledgeUsdBn: 5000 },
      'pledgeUsdBn',
      'clamped',
      (s: typeof DEFAULT_SCENARIO) => s.pledgeUsdBn === 1000,
    ],
    [
      'a negative lag is clamped to 0',
      { fundingLagDays: -3 },
      'fundingLagDays',
      'clamped',
      (s: typeof DEFAULT_SCENARIO) => s.fundingLagDays === 0,
    ],
    [
      'a fractional path count is rounded',
      { mcPaths: 1234.5 },
      'mcPaths',
      'rounded',
      (s: typeof DEFAULT_SCENARIO) => s.mcPaths === 1235,
    ],
    [
      'a string where a number belongs falls back',
      { sofrAnnual: '4%' },
      'sofrAnnual',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.sofrAnnual === DEFAULT_SCENARIO.sofrAnnual,
    ],
    [
      'NaN falls back',
      { threatRateAnnual: NaN },
      'threatRateAnnual',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.threatRateAnnual === 0.25,
    ],
    [
      'a penalty below the rate now is raised to it (the cross-field rule)',
      {
        goods: {
          ...DEFAULT_SCENARIO.goods,
          other: { share: DEFAULT_SCENARIO.goods.other.share, rateNow: 0.3, ratePenalty: 0.2 },
        },
      },
      'goods.other.ratePenalty',
      'clamped',
      (s: typeof DEFAULT_SCENARIO) => s.goods.other.ratePenalty === 0.3,
    ],
    [
      'a goods rate above 100% is clamped',
      {
        goods: {
          ...DEFAULT_SCENARIO.goods,
          autos: { ...DEFAULT_SCENARIO.goods.autos, ratePenalty: 7 },
        },
      },
      'goods.autos.ratePenalty',
      'clamped',
      (s: typeof DEFAULT_SCENARIO) => s.goods.autos.ratePenalty === 1,
    ],
    [
      'goods shares that do not sum to 100% are rescaled',
      {
        goods: {
          autos: { share: 1, rateNow: 0.15, ratePenalty: 0.275 },
          metals232: { share: 1, rateNow: 0.2, ratePenalty: 0.3 },
          other: { share: 2, rateNow: 0.125, ratePenalty: 0.25 },
        },
      },
      'goods',
      'rebalanced',
      (s: typeof DEFAULT_SCENARIO) => s.goods.other.share === 0.5,
    ],
    [
      'an unknown sector outside the cap is dropped',
      { capExempt: ['shipping', 'moon'] },
      'capExempt',
      'dropped',
      (s: typeof DEFAULT_SCENARIO) => s.capExempt.join() === 'shipping',
    ],
    [
      'an impossible date falls back',
      { periodEnd: '2029-02-30' },
      'periodEnd',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.periodEnd === '2029-01-19',
    ],
    [
      'a date past the range is clamped',
      { periodEnd: '2050-01-01' },
      'periodEnd',
      'clamped',
      (s: typeof DEFAULT_SCENARIO) => s.periodEnd === '2032-12-31',
    ],
    [
      'an unknown lag rule falls back',
      { lagRule: 'lunar' },
      'lagRule',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.lagRule === 'business',
    ],
    [
      'shares summing to 200% are rescaled',
      { mix: { equity: 0.5, loans: 1, guarantees: 0.5 } },
      'mix',
      'rebalanced',
      (s: typeof DEFAULT_SCENARIO) => s.mix.loans === 0.5,
    ],
    [
      'all-zero shares fall back',
      { mix: { equity: 0, loans: 0, guarantees: 0 } },
      'mix',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.mix === DEFAULT_SCENARIO.mix,
    ],
    [
      'a negative share counts as zero',
      { mix: { equity: -1, loans: 0.5, guarantees: 0.5 } },
      'mix.equity',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.mix.equity === 0,
    ],
    [
      'an unknown sector is dropped',
      { sectors: { ...DEFAULT_SCENARIO.sectors, tulips: 0.5 } },
      'sectors.tulips',
      'dropped',
      (s: typeof DEFAULT_SCENARIO) => !('tulips' in s.sectors),
    ],
    [
      'a project with an impossible value is dropped',
      { selections: [{ id: 'a', date: '2026-05-01', name: 'X', sector: 'gas', valueUsdBn: -5 }] },
      'selections[0]',
      'dropped',
      (s: typeof DEFAULT_SCENARIO) => s.selections.length === 0,
    ],
    [
      'a project in an unknown sector is dropped',
      { selections: [{ id: 'a', date: '2026-05-01', name: 'X', sector: 'space', valueUsdBn: 5 }] },
      'selections[0]',
      'dropped',
      (s: typeof DEFAULT_SCENARIO) => s.selections.length === 0,
    ],
    [
      'an event that ends before it starts is dropped',
      {
        events: [
          {
            id: 'e',
            label: 'E',
            start: '2027-02-01',
            end: '2027-01-01',
            multiplier: 2,
            enabled: true,
          },
        ],
      },
      'events[0]',
      'dropped',
      (s: typeof DEFAULT_SCENARIO) => s.events.length === 0,
    ],
    [
      'selections that are not a list fall back',
      { selections: 'all of them' },
      'selections',
      'invalid',
      (s: typeof DEFAULT_SCENARIO) => s.selections === DEFAULT_SCENARIO.selections,
    ],
  ])('%s', (_why, input, field, kind, check) => {
    const { scenario, corrections } = normalizeScenario(input);
    expect(corrections).toContainEqual(expect.objectContaining({ field, kind }));
    expect(check(scenario)).toBe(true);
  });

  test('project names are trimmed, stripped of control characters and shortened', () => {
    const name = `  <b>\u0007Plant</b>${'x'.repeat(500)}`;
    const { scenario } = normalizeScenario({
      selections: [{ id: 'a', date: '2026-05-01', name, sector: 'gas', valueUsdBn: 5 }],
    });
    const kept = scenario.selections[0]!.name;
    expect(kept.startsWith('<b> Plant</b>')).toBe(true);
    expect(kept.length).toBe(120);
  });

  test('__proto__ and constructor keys never reach the scenario', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"pledgeUsdBn": 1}, "constructor": {"x": 1}, "mix": {"__proto__": {"equity": 1}}}',
    );
    const { scenario } = normalizeScenario(hostile);
    expect(scenario.pledgeUsdBn).toBe(550);
    expect(({} as Record<string, unknown>).pledgeUsdBn).toBeUndefined();
  });

  test('valid scenarios pass unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const again = normalizeScenario(s);
        expect(again.scenario).toEqual(s);
        expect(again.corrections).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('arbitrary junk never throws and always yields a scenario simulate accepts', () => {
    const junkField = fc.oneof(fc.anything(), fc.double(), fc.string(), fc.constant(null));
    const junk = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'pledgeUsdBn',
          'mix',
          'sectors',
          'selections',
          'events',
          'periodEnd',
          'lagRule',
          'mcPaths',
          'goods',
          'capExempt',
          '__proto__',
        ),
        junkField,
      ),
    );
    fc.assert(
      fc.property(junk, (input) => {
        const { scenario } = normalizeScenario(input);
        const r = simulate(scenario);
        expect(r.series.credited.every(Number.isFinite)).toBe(true);
        const numbers = Object.values(r.summary).filter((v) => typeof v === 'number');
        expect(numbers.every(Number.isFinite)).toBe(true);
        // Whatever came in, the gate's output passes the gate unchanged.
        expect(normalizeScenario(scenario)).toEqual({ scenario, corrections: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeScenario: ids are unique whatever a link says (a repeated key blanked the page)', () => {
  const row = (id: unknown, date: string) => ({
    id,
    date,
    sector: 'gas',
    valueUsdBn: 10,
    name: 'A',
  });
  test.each([
    ['two rows with the same id', [row('x', '2026-01-01'), row('x', '2026-02-01')], ['x', 'x-2']],
    [
      'ids that differ only by a trailing space',
      [row('x', '2026-01-01'), row('x ', '2026-02-01')],
      ['x', 'x-2'],
    ],
    [
      'a missing id that collides with a given one',
      [row('p2', '2026-01-01'), row(null, '2026-02-01')],
      ['p2', 'p2-2'],
    ],
    [
      'three of the same',
      [row('x', '2026-01-01'), row('x', '2026-02-01'), row('x', '2026-03-01')],
      ['x', 'x-2', 'x-3'],
    ],
  ])('%s: every row is kept, renamed, with a notice', (_why, rows, ids) => {
    const { scenario, corrections } = normalizeScenario({ selections: rows });
    expect(scenario.selections.map((r) => r.id)).toEqual(ids);
    expect(corrections.filter((c) => c.kind === 'renamed')).toHaveLength(ids.length - 1);
  });
  test('events too', () => {
    const e = (id: string) => ({
      id,
      label: 'E',
      start: '2027-01-01',
      end: '2027-02-01',
      multiplier: 2,
      enabled: true,
    });
    const { scenario } = normalizeScenario({ events: [e('e1'), e('e1')] });
    expect(new Set(scenario.events.map((x) => x.id)).size).toBe(2);
  });
});
