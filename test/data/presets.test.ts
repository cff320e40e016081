// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  ON_PACE_USD_BN_PER_YEAR,
  PRESETS,
  PRESET_IDS,
  type PresetId,
} from '../../src/data/presets';
import { TRANCHE_PACE_USD_BN_PER_YEAR } from '../../src/data/params';
import { SECTOR_IDS } from '../../src/data/sectors';
import {
  DEFAULT_SCENARIO,
  normalizeScenario,
  presetScenario,
  runMonteCarlo,
  simulate,
  solvePace,
  type Scenario,
} from '../../src/model';
import { en } from '../../src/i18n/en';

const central = simulate(DEFAULT_SCENARIO).summary;
const run = (id: PresetId) => simulate(presetScenario(id));
const month = (r: ReturnType<typeof simulate>, label: string) => r.months.indexOf(label);

describe('presets', () => {
  test.each(PRESET_IDS)(
    '%s is a valid scenario that needs no correction, with a source and a description',
    (id) => {
      const merged = { ...DEFAULT_SCENARIO, ...PRESETS[id].patch };
      const { corrections } = normalizeScenario(merged);
      expect(corrections.filter((c) => c.kind !== 'rebalanced')).toEqual([]);
      expect(PRESETS[id].sources.length).toBeGreaterThan(0);
      expect(en[`preset.${id}.description`].length).toBeGreaterThan(20);
    },
  );
});

/** What each preset's name claims, checked against its numbers (issue 13: a label is a promise). */
const CLAIMS: [PresetId, string, (s: Scenario, r: ReturnType<typeof simulate>) => void][] = [
  ['central', 'is the defaults', (s) => expect(s).toEqual(DEFAULT_SCENARIO)],
  [
    'tranchePace',
    'selects at the pace of the Feb–Mar 2026 tranches (about US$203 bn a year), nothing else changed',
    (s) => {
      expect(s.paceUsdBnPerYear).toBe(TRANCHE_PACE_USD_BN_PER_YEAR);
      expect(s.paceUsdBnPerYear).toBeCloseTo(203, 0);
      expect({ ...s, paceUsdBnPerYear: DEFAULT_SCENARIO.paceUsdBnPerYear }).toEqual(
        DEFAULT_SCENARIO,
      );
    },
  ],
  [
    'tokyo',
    'is Tokyo’s description: JBIC a third (equity 1.5%, loans 31.8%), NEXI guarantees two thirds at face value, a positive required margin; its numbers differ from Central',
    (s, r) => {
      expect(s.mix.equity).toBe(0.015);
      expect(s.mix.equity + s.mix.loans).toBeCloseTo(1 / 3, 12);
      expect(s.mix.guarantees).toBeCloseTo(2 / 3, 12);
      // The description's loans, as the Loans input shows them (one decimal).
      expect((s.mix.loans * 100).toFixed(1)).toBe('31.8');
      expect(en['preset.tokyo.description']).toContain('loans 31.8%');
      expect(s.guaranteeCreditWeight).toBe(1);
      expect(s.requiredMarginAnnual).toBeGreaterThan(0);
      expect(r.summary.creditedByDeadline).not.toBeCloseTo(central.creditedByDeadline, 0);
    },
  ],
  [
    'washington',
    'counts guarantees at a quarter, so less is credited than on Central',
    (s, r) => {
      expect(s.guaranteeCreditWeight).toBe(0.25);
      expect(r.summary.creditedByDeadline).toBeLessThan(central.creditedByDeadline);
    },
  ],
  [
    'ourMoney',
    'is half equity, half loans, no guarantees',
    (s) => expect(s.mix).toEqual({ equity: 0.5, loans: 0.5, guarantees: 0 }),
  ],
  [
    'stalled',
    'selects nothing after the announced projects, and no month’s hazard is above 40%',
    (s, r) => {
      expect(r.summary.selectedByDeadline).toBeCloseTo(109, 9);
      expect(r.series.selected.at(-1)).toBeCloseTo(109, 9);
      expect(Math.max(...r.series.hazard)).toBeLessThanOrEqual(0.4);
    },
  ],
  [
    'highRates',
    'has higher rates than Central, and Japan funds less',
    (s, r) => {
      expect(s.treasury10yAnnual).toBeGreaterThan(DEFAULT_SCENARIO.treasury10yAnnual);
      expect(s.sofrAnnual).toBeGreaterThan(DEFAULT_SCENARIO.sofrAnnual);
      expect(r.summary.fundedShare).toBeLessThan(central.fundedShare);
    },
  ],
  [
    'onPace',
    'is on pace on the central path, which credits the pledge by the deadline; the median Monte Carlo path (the headline’s) a little short, as its description says',
    (s, r) => {
      // As its description says: 99.9% of the pledge (the pace is rounded to US$0.1 bn a year).
      expect(r.summary.creditedByDeadlineShare.toFixed(3)).toBe('0.999');
      expect(en['preset.onPace.description']).toContain('99.9% of it');
      expect(r.summary.monthsBehindPace).toBeLessThan(0.5);
      // The page's own run: its paths and seed.
      const median = runMonteCarlo(s, { paths: s.mcPaths, seed: s.mcSeed }).creditedAtDeadline.p50;
      expect(median).toBeLessThan(r.summary.creditedByDeadline);
      expect(median / s.pledgeUsdBn).toBeGreaterThan(0.9);
      expect(en['preset.onPace.description']).toContain('falls a little short');
    },
  ],
  [
    'korea',
    'is Korea’s MOU: US$350 bn, 43% shipbuilding outside a US$20 bn yearly cap on cash; more than half credited by the deadline',
    (s, r) => {
      expect(s.pledgeUsdBn).toBe(350);
      expect(s.sectors.shipping).toBeCloseTo(150 / 350, 12);
      expect(s.annualCapUsdBn).toBe(20);
      expect(s.capExempt).toEqual(['shipping']);
      expect(r.summary.creditedByDeadline).toBeGreaterThan(0.5 * 350);
      // Commitments are not capped: more is credited in a year than the cap allows in cash.
      const dec = (y: number) => r.series.committed[month(r, `${y}-12`)] ?? 0;
      expect(dec(2027) - dec(2026)).toBeGreaterThan(20);
    },
  ],
];

describe('every preset keeps the promise of its name', () => {
  test('the table covers every preset but the seed article (checked below)', () => {
    expect(CLAIMS.map(([id]) => id).sort()).toEqual(
      PRESET_IDS.filter((id) => id !== 'seedArticle').sort(),
    );
  });
  test.each(CLAIMS)('%s %s', (id, _claim, check) => {
    check(presetScenario(id), run(id));
  });
  test('the seed article’s mix is its midpoints normalised to 100%', () => {
    const s = presetScenario('seedArticle');
    expect(s.mix.loans).toBeCloseTo(62.5 / 97.5, 12);
    expect(s.sectors.semis).toBeCloseTo(37.5 / 95, 12);
    expect(SECTOR_IDS.reduce((a, id) => a + s.sectors[id], 0)).toBeCloseTo(1, 12);
  });
  test('“On the required pace” stores the pace re-solved here (to 0.1 bn a year)', () => {
    const solved = solvePace(DEFAULT_SCENARIO);
    expect(solved).not.toBeNull();
    expect(Math.abs(ON_PACE_USD_BN_PER_YEAR - solved!)).toBeLessThan(0.1);
  });
  test('Korea’s cash never passes US$20 bn a year outside shipbuilding', () => {
    const s = presetScenario('korea');
    const noShips = simulate({
      ...s,
      sectors: { ...s.sectors, shipping: 0 },
      selections: s.selections.filter((x) => x.sector !== 'shipping'),
    });
    const dec = (y: number) =>
      y < 2025 ? 0 : (noShips.series.disbursed[month(noShips, `${y}-12`)] ?? 0);
    for (let y = 2025; y <= 2040; y++) expect(dec(y) - dec(y - 1)).toBeLessThanOrEqual(20 + 1e-9);
  });
  test('Korea with selections at the pace of the tranches still credits more than half', () => {
    const s = { ...presetScenario('korea'), paceUsdBnPerYear: TRANCHE_PACE_USD_BN_PER_YEAR };
    expect(simulate(s).summary.creditedByDeadline).toBeGreaterThan(175);
  });
});
