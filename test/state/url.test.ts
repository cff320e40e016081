// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  applyTransition,
  presetScenario,
  simulate,
  transitions as T,
  type Scenario,
  type Transition,
} from '../../src/model';
import { LINK_LIMIT, fitsLink, parseScenarioUrl, serializeScenarioUrl } from '../../src/state/url';
import { needsMigration, readScenarioUrl } from '../../src/state/urlCodec';
import { transitionArb } from '../model/arbitraries';
import {
  DEFAULT_VIEW,
  CHART_IDS,
  EMBED_CONTROL_IDS,
  RISK_VIEWS,
  STACKS,
  TABLE_IDS,
  TORNADO_OUTCOMES,
  WATERFALL_OUTCOMES,
  type View,
} from '../../src/state/view';
import { SECTOR_IDS } from '../../src/data/sectors';
import { stampOf } from '../../src/state/stampOf';
import { decodeJson } from '../../src/state/base64url';
import { scenarioArb } from '../model/arbitraries';
import { DEFAULT_RANGE, rangeFromIndexes } from '../../src/state/timeRange';

const viewArb: fc.Arbitrary<View> = fc.record({
  embed: fc.boolean(),
  chart: fc.constantFrom(...CHART_IDS),
  controls: fc.uniqueArray(fc.constantFrom(...EMBED_CONTROL_IDS)),
  theme: fc.constantFrom('auto', 'light', 'dark'),
  lang: fc.constantFrom(null, 'en', 'ja'),
  cur: fc.constantFrom('usd', 'jpy'),
  stack: fc.constantFrom(...STACKS),
  riskView: fc.constantFrom(...RISK_VIEWS),
  splitSector: fc.constantFrom(...SECTOR_IDS),
  tornado: fc.constantFrom(...TORNADO_OUTCOMES),
  waterfall: fc.constantFrom(...WATERFALL_OUTCOMES),
  tables: fc.subarray([...TABLE_IDS]),
  baseline: fc.boolean(),
  range: fc
    .tuple(fc.integer({ min: 0, max: 183 }), fc.integer({ min: 0, max: 183 }))
    .map(([a, b]) => rangeFromIndexes(a, b)),
});

describe('serializeScenarioUrl', () => {
  test('the default scenario is just the schema, model and data versions', () => {
    expect(serializeScenarioUrl(DEFAULT_SCENARIO)).toBe('v=2&m=2&d=2');
  });
  test('only values that differ from the defaults are written', () => {
    expect(
      serializeScenarioUrl({ ...DEFAULT_SCENARIO, pledgeUsdBn: 700, lagRule: 'calendar' }),
    ).toBe('v=2&m=2&d=2&pl=700&rule=c');
  });
  test('an unchanged announced project is written as its id alone', () => {
    const s = { ...DEFAULT_SCENARIO, selections: DEFAULT_SCENARIO.selections.slice(1) };
    const q = new URLSearchParams(serializeScenarioUrl(s));
    expect(decodeJson(q.get('sel')!)).toEqual([
      'tx-gulflink',
      'ga-diamond',
      'tn-al-smr',
      'pa-tx-gas',
    ]);
    expect(parseScenarioUrl(q.toString()).scenario).toEqual(s);
  });
  test('a typical shared link, with a view and the headline stamp, stays under 200 characters', () => {
    const s = {
      ...DEFAULT_SCENARIO,
      paceUsdBnPerYear: 120.5,
      mix: { equity: 0.1, loans: 0.6, guarantees: 0.3 },
      guaranteeCreditWeight: 0.25,
    };
    const url = `https://example.org/pledge/?${serializeScenarioUrl(s, { ...DEFAULT_VIEW, cur: 'jpy' }, stampOf(simulate(s)))}`;
    expect(url.length).toBeLessThan(200);
  });
});

describe('parseScenarioUrl', () => {
  test('gives back the scenario and view it was given, for any valid scenario and view', () => {
    fc.assert(
      fc.property(scenarioArb, viewArb, (s, view) => {
        const parsed = parseScenarioUrl(serializeScenarioUrl(s, view));
        expect(parsed.scenario).toEqual(s);
        expect(parsed.view).toEqual(view);
        expect(parsed.warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ['an unknown key is reported and ignored', '?v=1&zz=3', 'zz', 'unknown', 550],
    ['a bad number falls back', '?v=1&pl=lots', 'pl', 'invalid', 550],
    [
      'two rows with the same id are both kept, one renamed',
      `?v=2&sel=${'W1sieCIsIjIwMjYtMDEtMDEiLCJnYXMiLDEwLCJBIl0sWyJ4IiwiMjAyNi0wMi0wMSIsImdhcyIsMTAsIkIiXV0'}`,
      'selections[1]',
      'renamed',
      550,
    ],
    ['a table that is not base64url JSON is ignored', '?v=2&sel=%5B%5B', 'sel', 'invalid', 550],
    ['an out-of-range pledge is clamped', '?v=1&pl=99999', 'pledgeUsdBn', 'clamped', 1000],
    ['a duplicated key keeps the first value', '?v=1&pl=600&pl=700', 'pl', 'duplicate', 600],
    ['an unknown version is reported', '?v=99&pl=600', 'v', 'version', 600],
    [
      'markup is a bad number, never HTML',
      '?v=1&pl=<img src=x onerror=alert(1)>',
      'pl',
      'invalid',
      550,
    ],
    ['Infinity is not a number here', '?v=1&pl=Infinity', 'pl', 'invalid', 550],
    ['a megabyte-long value is ignored', `?v=1&pl=${'9'.repeat(1_000_000)}`, 'pl', 'tooLong', 550],
    ['an unknown chart falls back to the money chart', '?v=1&chart=pie', 'chart', 'invalid', 550],
    ['an unknown embed control is dropped', '?v=1&controls=pace,warp', 'controls', 'invalid', 550],
  ])('%s', (_why, search, key, kind, pledge) => {
    const { scenario, warnings } = parseScenarioUrl(search);
    expect(warnings).toContainEqual(expect.objectContaining({ key, kind }));
    expect(scenario.pledgeUsdBn).toBe(pledge);
  });

  test('reads the model and data versions and the headline stamp the link was made with', () => {
    const { madeWith } = parseScenarioUrl('?v=2&m=2&d=2&c=512.3_18.4');
    expect(madeWith).toEqual({
      model: '2',
      data: '2',
      stamp: { creditedUsdBn: 512.3, riskPercent: 18.4 },
    });
  });
  test('a version-1 link carried no data version: it was made with release 1', () => {
    expect(parseScenarioUrl('?v=1&m=1&c=512.3_18.4').madeWith.data).toBe('1');
  });

  test('the view is read leniently', () => {
    const { view } = parseScenarioUrl(
      '?v=1&embed=1&chart=risk&controls=pace,mix&theme=dark&cur=jpy&stack=sector&rv=duties&eq=nuclear&tor=credited&wf=credited&tbl=risk,money',
    );
    expect(view).toEqual({
      embed: true,
      chart: 'risk',
      controls: ['pace', 'mix'],
      theme: 'dark',
      lang: null,
      cur: 'jpy',
      stack: 'sector',
      riskView: 'duties',
      splitSector: 'nuclear',
      tornado: 'credited',
      waterfall: 'credited',
      tables: ['money', 'risk'],
      baseline: true,
      range: DEFAULT_RANGE,
    });
  });
  test('an unknown table id is dropped and reported; the known ones are kept', () => {
    const { view, warnings } = parseScenarioUrl('?v=2&tbl=money,pie');
    expect(view.tables).toEqual(['money']);
    expect(warnings).toContainEqual(expect.objectContaining({ key: 'tbl', kind: 'invalid' }));
  });

  test('migrates a version-1 link: its JSON tables, its retired tariffs and its base hazard', () => {
    const v1 =
      '?v=1&m=1&pl=600&dt=0.15&pt=0.3&bh=0.1&sel=' +
      encodeURIComponent(
        '[["oh-gas","2026-02-17","gas",33.3,"Ohio"],["x","2027-01-01","nuclear",5,"Mine"]]',
      );
    const { scenario, warnings } = parseScenarioUrl(v1);
    expect(scenario.pledgeUsdBn).toBe(600);
    expect(scenario.selections.map((r) => r.id)).toEqual(['oh-gas', 'x']);
    expect(scenario.threatRateAnnual).toBeCloseTo(0.1 / 0.25, 12);
    expect(warnings).toContainEqual({ key: 'v', kind: 'migrated', received: '1' });
    expect(warnings).toContainEqual({ key: 'dt', kind: 'retired', received: '0.15' });
    expect(warnings).toContainEqual({ key: 'pt', kind: 'retired', received: '0.3' });
    expect(warnings).toContainEqual({
      key: 'bh',
      kind: 'rebased',
      received: '0.1',
      becomes: '0.4',
    });
  });
  test('a version-1 link with nothing to rewrite needs no notice', () => {
    expect(parseScenarioUrl('?v=1&m=1&pl=600').warnings).toEqual([]);
  });

  test('migrates a version-0 link, which wrote rates and shares in percent', () => {
    const { scenario, warnings } = parseScenarioUrl('?pl=600&sofr=4.5&gw=25&mix=10,60,30');
    expect(scenario.pledgeUsdBn).toBe(600);
    expect(scenario.sofrAnnual).toBeCloseTo(0.045, 12);
    expect(scenario.guaranteeCreditWeight).toBeCloseTo(0.25, 12);
    expect(scenario.mix).toEqual({ equity: 0.1, loans: 0.6, guarantees: 0.3 });
    expect(warnings).toContainEqual({ key: 'v', kind: 'migrated', received: '0' });
  });
});

describe('reading a link without the migrations (the page fetches them only for an old link)', () => {
  test('a link the app writes, pinned scenario included, reads the same without them', () => {
    fc.assert(
      fc.property(scenarioArb, viewArb, fc.option(scenarioArb), (s, view, pinned) => {
        const q = serializeScenarioUrl(s, view, stampOf(simulate(s)), pinned);
        expect(needsMigration(q)).toBe(false);
        expect(readScenarioUrl(q)).toEqual(parseScenarioUrl(q));
      }),
      { numRuns: 30 },
    );
  });
  test('so does an empty link, and one of a later or unknown version', () => {
    for (const q of ['', '?', '?v=3&pl=600', '?v=x&sofr=4'])
      expect(readScenarioUrl(q)).toEqual(parseScenarioUrl(q));
  });
  test('an old link, or one pinning an old one, needs them, and is not read without them', () => {
    for (const q of [
      '?pl=600',
      '?lang=ja',
      '?v=1&m=1&pl=600',
      `?v=2&a=${encodeURIComponent('pl=600&sofr=4.5')}`,
    ]) {
      expect(needsMigration(q)).toBe(true);
      expect(() => readScenarioUrl(q)).toThrow();
    }
  });
});

describe('the charts’ view in the link (issue 15)', () => {
  test('a time range is written as t=from..to, and read back the same', () => {
    const view = { ...DEFAULT_VIEW, range: { from: '2025-09', to: '2029-12' } };
    const q = serializeScenarioUrl(DEFAULT_SCENARIO, view);
    expect(q).toBe('v=2&m=2&d=2&t=2025-09..2029-12');
    const parsed = parseScenarioUrl(q);
    expect(parsed.view.range).toEqual({ from: '2025-09', to: '2029-12' });
    expect(parsed.warnings).toEqual([]);
  });
  test('the defaults: the baseline on, the range to the end of 2030, neither written', () => {
    expect(DEFAULT_VIEW.baseline).toBe(true);
    expect(DEFAULT_VIEW.range).toEqual({ from: '2025-09', to: '2030-12' });
    expect(serializeScenarioUrl(DEFAULT_SCENARIO, DEFAULT_VIEW)).toBe('v=2&m=2&d=2');
  });
  test('the baseline switched off is base=0', () => {
    const q = serializeScenarioUrl(DEFAULT_SCENARIO, { ...DEFAULT_VIEW, baseline: false });
    expect(q).toBe('v=2&m=2&d=2&base=0');
    expect(parseScenarioUrl(q).view.baseline).toBe(false);
  });
  test.each([
    [
      'months past the model’s are clamped, and reported',
      't=2020-01..2050-06',
      '2025-09',
      '2040-12',
      true,
    ],
    [
      'a range given backwards is put in order, and reported',
      't=2029-12..2026-01',
      '2026-01',
      '2029-12',
      true,
    ],
    [
      'a range too short to show is widened, and reported',
      't=2027-03..2027-04',
      '2027-03',
      '2027-08',
      true,
    ],
    [
      'an unreadable range falls back to the default, reported',
      't=soon',
      DEFAULT_RANGE.from,
      DEFAULT_RANGE.to,
      true,
    ],
    ['a month 13 is not a month', 't=2026-13..2028-01', DEFAULT_RANGE.from, DEFAULT_RANGE.to, true],
    ['a good range is read as it is', 't=2026-01..2031-06', '2026-01', '2031-06', false],
  ])('%s', (_, query, from, to, warned) => {
    const parsed = parseScenarioUrl(`?v=2&${query}`);
    expect(parsed.view.range).toEqual({ from, to });
    expect(parsed.warnings.some((w) => w.key === 't' && w.kind === 'invalid')).toBe(warned);
  });
  test('a bad baseline value is reported and the baseline stays on', () => {
    const parsed = parseScenarioUrl('?v=2&base=maybe');
    expect(parsed.view.baseline).toBe(true);
    expect(parsed.warnings).toEqual([{ key: 'base', kind: 'invalid', received: 'maybe' }]);
  });
});

describe('a pinned comparison scenario in the link', () => {
  test('round-trips both scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, (b, a) => {
        const parsed = parseScenarioUrl(serializeScenarioUrl(b, DEFAULT_VIEW, undefined, a));
        expect(parsed.scenario).toEqual(b);
        expect(parsed.pinned).toEqual(a);
        expect(parsed.warnings).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
  test("a pinned scenario's problems are reported as the pinned one's", () => {
    const { warnings, pinned } = parseScenarioUrl(`?v=2&a=${encodeURIComponent('v=2&pl=lots')}`);
    expect(pinned?.pledgeUsdBn).toBe(550);
    expect(warnings).toContainEqual({ key: 'pl', kind: 'invalid', received: 'lots', pinned: true });
  });
});

/**
 * How many query strings the fuzz tries: URL_FUZZ_RUNS when set (a positive whole number);
 * otherwise 100,000 on CI (CI set, as .ci/run exports and scripts/test-all.mjs passes on to
 * vitest) and 10,000 locally (about 2 s here, against about 9 s for 100,000).
 */
function fuzzRuns(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.URL_FUZZ_RUNS;
  if (raw === undefined || raw === '') {
    const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
    return ci ? 100_000 : 10_000;
  }
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`URL_FUZZ_RUNS must be a positive whole number, not "${raw}"`);
  return runs;
}

describe('fuzzRuns', () => {
  test.each([
    ['10,000 locally', {}, 10_000],
    ['100,000 on CI', { CI: 'true' }, 100_000],
    ['10,000 when CI is "false"', { CI: 'false' }, 10_000],
    ['URL_FUZZ_RUNS wins over CI', { CI: 'true', URL_FUZZ_RUNS: '500' }, 500],
  ])('%s', (_, env, runs) => {
    expect(fuzzRuns(env)).toBe(runs);
  });

  test('refuses a count that is not a positive whole number', () => {
    expect(() => fuzzRuns({ URL_FUZZ_RUNS: '1e3.5' })).toThrow(/URL_FUZZ_RUNS/);
    expect(() => fuzzRuns({ URL_FUZZ_RUNS: '0' })).toThrow(/URL_FUZZ_RUNS/);
  });
});

const FUZZ_RUNS = fuzzRuns();

describe('parseScenarioUrl fuzz', () => {
  test(`${FUZZ_RUNS.toLocaleString('en')} random and mutated query strings never throw and always give a scenario simulate accepts`, () => {
    const base = serializeScenarioUrl({
      ...DEFAULT_SCENARIO,
      pledgeUsdBn: 700,
      mix: { equity: 0.1, loans: 0.6, guarantees: 0.3 },
    });
    const nasty = fc.constantFrom(
      '%',
      '%E0%A4%A',
      '%zz',
      'NaN',
      '-1e309',
      '1e309',
      '__proto__',
      'constructor',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '[[[',
      '{"a":1}',
      '[["x","2026-01-01","gas",5,"P"]]',
      'W1sieCIsIjIwMjYtMDEtMDEiLCJnYXMiLDEwLCJBIl0sWyJ4IiwiMjAyNi0wMi0wMSIsImdhcyIsMTAsIkIiXV0',
      'WyJvaC1nYXMiLCJvaC1nYXMiXQ',
      '',
      '0,0,0',
      '-5,2,3',
      'x'.repeat(10_000),
    );
    const keys = fc.constantFrom(
      'v',
      'm',
      'c',
      'pl',
      'pace',
      'mix',
      'sec',
      'sel',
      'ev',
      'gd',
      'cx',
      'tr',
      'imp',
      'a',
      'end',
      'rule',
      'ann',
      'n',
      'seed',
      'embed',
      'chart',
      'controls',
      '__proto__',
      'x',
    );
    const pair = fc.tuple(
      keys,
      fc.oneof(nasty, fc.string(), fc.double().map(String), fc.integer().map(String)),
    );
    const mutated = fc
      .tuple(fc.array(pair, { maxLength: 8 }), fc.boolean())
      .map(([pairs, keepBase]) => {
        const extra = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        return keepBase ? `?${base}&${extra}` : `?${extra}`;
      });
    const query = fc.oneof(
      mutated,
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    // Many strings normalise to the same scenario: simulate each distinct one once.
    const checked = new Set<string>();
    fc.assert(
      fc.property(query, (search) => {
        const { scenario } = parseScenarioUrl(search);
        const key = serializeScenarioUrl(scenario);
        if (checked.has(key)) return;
        checked.add(key);
        const r = simulate(scenario);
        expect(
          r.series.credited.every(Number.isFinite) && r.series.pReimposed.every(Number.isFinite),
        ).toBe(true);
        const numbers = Object.values(r.summary).filter((v) => typeof v === 'number');
        expect(numbers.every(Number.isFinite)).toBe(true);
        // Ids stay unique (a repeated id once blanked the page).
        expect(new Set(scenario.selections.map((x) => x.id)).size).toBe(scenario.selections.length);
        expect(new Set(scenario.events.map((x) => x.id)).size).toBe(scenario.events.length);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // The strings reach many different scenarios, not one default over and over.
    expect(checked.size).toBeGreaterThan(Math.min(100, FUZZ_RUNS / 100));
  }, 120_000);
});

describe('links round-trip everything the UI can reach (issue 11)', () => {
  type Step = { kind: 'edit'; t: Transition } | { kind: 'pin' } | { kind: 'unpin' };
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    { weight: 8, arbitrary: transitionArb.map((t) => ({ kind: 'edit' as const, t })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'pin' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'unpin' as const }) },
  );
  /** What the store does: apply, unless the link would not fit (then refuse). */
  function reach(steps: readonly Step[]): { s: Scenario; pinned: Scenario | null } {
    let s = DEFAULT_SCENARIO;
    let pinned: Scenario | null = null;
    for (const step of steps) {
      if (step.kind === 'pin') {
        if (fitsLink(s, s)) pinned = s;
      } else if (step.kind === 'unpin') pinned = null;
      else {
        const next = applyTransition(s, step.t);
        if (fitsLink(next, pinned)) s = next;
      }
    }
    return { s, pinned };
  }
  test('parse(serialize(s)) is s, with its pin and view, and every link fits the limit', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), viewArb, (steps, view) => {
        const { s, pinned } = reach(steps);
        const link = serializeScenarioUrl(s, view, stampOf(simulate(s)), pinned);
        expect(link.length).toBeLessThanOrEqual(LINK_LIMIT);
        const parsed = parseScenarioUrl(link);
        expect(parsed.scenario).toEqual(s);
        expect(parsed.pinned).toEqual(pinned);
        expect(parsed.view).toEqual(view);
        expect(parsed.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  test('rows with long Japanese names stop being added when the link would pass the limit, and what is there round-trips', () => {
    const name = '日本語の長いプロジェクト名'.repeat(9).slice(0, 120);
    const steps: Step[] = Array.from({ length: 100 }, () => ({
      kind: 'edit' as const,
      t: T.addSelection({ date: '2027-01-01', name, sector: 'nuclear', valueUsdBn: 12.345 }),
    }));
    const { s, pinned } = reach([{ kind: 'pin' }, ...steps]);
    expect(s.selections.length).toBeGreaterThan(10);
    expect(s.selections.length).toBeLessThan(105);
    const link = serializeScenarioUrl(s, DEFAULT_VIEW, stampOf(simulate(s)), pinned);
    expect(link.length).toBeLessThanOrEqual(LINK_LIMIT);
    expect(parseScenarioUrl(link).scenario).toEqual(s);
  });
  test('a typical edited scenario’s link, pinned comparison included, stays under 2,000 characters', () => {
    const s = [
      T.setParam('paceUsdBnPerYear', 150),
      T.setShare('mix', 'equity', 0.1),
      T.setParam('guaranteeCreditWeight', 0.5),
      T.removeSelection('tx-gulflink'),
      T.addSelection({
        date: '2027-03-01',
        name: 'アラスカLNG（第3弾）',
        sector: 'gas',
        valueUsdBn: 40,
      }),
      T.setGoodsRate('other', 'ratePenalty', 0.3),
      T.addEvent({
        label: 'Section 301 excess-capacity ruling',
        start: '2027-01-01',
        end: '2027-03-31',
        multiplier: 2,
        enabled: true,
      }),
    ].reduce(applyTransition, DEFAULT_SCENARIO);
    const link = `https://example.org/pledge/?${serializeScenarioUrl(s, { ...DEFAULT_VIEW, lang: 'ja', cur: 'jpy' }, stampOf(simulate(s)), presetScenario('highRates'))}`;
    expect(link.length).toBeLessThan(2000);
  });
});
