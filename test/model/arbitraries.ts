/** fast-check generators of scenarios drawn from the full input ranges of src/data/params. */
import fc from 'fast-check';
import { PARAMS, PARAM_KEYS, PERIOD_END, type ParamKey } from '../../src/data/params';
import { SECTOR_IDS } from '../../src/data/sectors';
import { GOODS_IDS } from '../../src/data/goods';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model';
import {
  COMPARED_INPUTS,
  INSTRUMENTS,
  normalizeScenario,
  transitions as T,
  type Transition,
} from '../../src/model';
import { PRESET_IDS } from '../../src/data/presets';

const paramArb = (key: ParamKey) => {
  const spec = PARAMS[key];
  if (key === 'mcPaths') return fc.integer({ min: 100, max: 400 });
  return 'integer' in spec && spec.integer
    ? fc.integer({ min: spec.min, max: spec.max })
    : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
};

const sharesArb = (n: number) =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .filter((xs) => xs.reduce((a, b) => a + b, 0) > 1e-6);

const isoDay = (min: string, max: string) =>
  fc
    .integer({ min: Date.parse(min) / 86_400_000, max: Date.parse(max) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const selectionArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `x${s}`),
  date: isoDay('2025-09-04', '2030-12-31'),
  name: fc.string({ minLength: 1, maxLength: 20 }).map((s) => `P ${s}`),
  sector: fc.constantFrom(...SECTOR_IDS),
  valueUsdBn: fc.double({ min: 0.01, max: 200, noNaN: true }),
});

/** Any valid scenario: every numeric input across its documented range. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    params: fc.record(
      Object.fromEntries(PARAM_KEYS.map((k) => [k, paramArb(k)])) as Record<
        ParamKey,
        fc.Arbitrary<number>
      >,
    ),
    periodEnd: isoDay(PERIOD_END.min, PERIOD_END.max),
    lagRule: fc.constantFrom('business', 'calendar'),
    includeAnnounced: fc.boolean(),
    mix: sharesArb(3),
    sectors: sharesArb(SECTOR_IDS.length),
    extra: fc.array(selectionArb, { maxLength: 4 }),
    eventsOn: fc.boolean(),
    goodsShares: sharesArb(GOODS_IDS.length),
    goodsRates: fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      { minLength: GOODS_IDS.length, maxLength: GOODS_IDS.length },
    ),
    capExempt: fc.subarray([...SECTOR_IDS]),
  })
  .map((r) => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const mixSum = sum(r.mix);
    const sectorSum = sum(r.sectors);
    return normalizeScenario({
      ...r.params,
      periodEnd: r.periodEnd,
      lagRule: r.lagRule,
      includeAnnounced: r.includeAnnounced,
      mix: {
        equity: r.mix[0]! / mixSum,
        loans: r.mix[1]! / mixSum,
        guarantees: r.mix[2]! / mixSum,
      },
      sectors: Object.fromEntries(SECTOR_IDS.map((id, i) => [id, r.sectors[i]! / sectorSum])),
      selections: [...DEFAULT_SCENARIO.selections, ...r.extra],
      events: DEFAULT_SCENARIO.events.map((e) => ({ ...e, enabled: r.eventsOn })),
      goods: Object.fromEntries(
        GOODS_IDS.map((id, i) => {
          const [a = 0, b = 0] = r.goodsRates[i] ?? [];
          return [
            id,
            {
              share: r.goodsShares[i]! / sum(r.goodsShares),
              rateNow: Math.min(a, b),
              ratePenalty: Math.max(a, b),
            },
          ];
        }),
      ),
      capExempt: r.capExempt,
    }).scenario;
  });

/** Any transition a reader can reach, with any arguments (including hostile ones). */
const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 2000 }),
  fc.constant(NaN),
);
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constant('   '), fc.constant('x'));
const date = fc.oneof(
  fc
    .integer({ min: Date.UTC(2025, 0, 1) / 864e5, max: Date.UTC(2042, 0, 1) / 864e5 })
    .map((d) => new Date(d * 864e5).toISOString().slice(0, 10)),
  fc.constantFrom('2029-02-30', '', 'soon'),
);
const anyId = fc.oneof(
  fc.constantFrom(
    ...DEFAULT_SCENARIO.selections.map((x) => x.id),
    'p6',
    'p7',
    'e1',
    'e2',
    's301-s122',
  ),
  fc.string({ maxLength: 5 }),
);
export const transitionArb: fc.Arbitrary<Transition> = fc.oneof(
  fc.tuple(fc.constantFrom(...PARAM_KEYS), number).map(([k, v]) => T.setParam(k, v)),
  fc.constantFrom(...PARAM_KEYS).map((k) => T.resetParam(k)),
  fc
    .tuple(fc.constantFrom(...INSTRUMENTS), number, fc.subarray([...INSTRUMENTS]))
    .map(([k, v, l]) => T.setShare('mix', k, v, new Set(l))),
  fc
    .tuple(fc.constantFrom(...SECTOR_IDS), number, fc.subarray([...SECTOR_IDS]))
    .map(([k, v, l]) => T.setShare('sectors', k, v, new Set(l))),
  fc.tuple(fc.constantFrom(...GOODS_IDS), number).map(([k, v]) => T.setShare('goods', k, v)),
  fc
    .constantFrom<'mix' | 'sectors' | 'goods'>('mix', 'sectors', 'goods')
    .map((g) => T.resetShares(g)),
  fc
    .tuple(
      fc.constantFrom(...GOODS_IDS),
      fc.constantFrom<'rateNow' | 'ratePenalty'>('rateNow', 'ratePenalty'),
      number,
    )
    .map(([id, f, v]) => T.setGoodsRate(id, f, v)),
  fc.constant(T.resetGoods),
  fc.tuple(fc.constantFrom(...SECTOR_IDS), fc.boolean()).map(([id, on]) => T.setCapExempt(id, on)),
  fc.constantFrom<'business' | 'calendar'>('business', 'calendar').map((r) => T.setLagRule(r)),
  date.map((d) => T.setPeriodEnd(d)),
  fc.boolean().map((on) => T.setIncludeAnnounced(on)),
  fc
    .record({ date, name: text, sector: fc.constantFrom(...SECTOR_IDS), valueUsdBn: number })
    .map((r) => T.addSelection(r)),
  fc
    .tuple(anyId, fc.record({ date, name: text, valueUsdBn: number }, { requiredKeys: [] }))
    .map(([id, p]) => T.updateSelection(id, p)),
  anyId.map((id) => T.removeSelection(id)),
  fc
    .record({ label: text, start: date, end: date, multiplier: number, enabled: fc.boolean() })
    .map((r) => T.addEvent(r)),
  fc.tuple(anyId, fc.boolean()).map(([id, on]) => T.setEventEnabled(id, on)),
  anyId.map((id) => T.removeEvent(id)),
  fc.constantFrom(...PRESET_IDS).map((id) => T.applyPreset(id)),
  fc.constant(T.resetAll),
  fc
    .dictionary(fc.constantFrom(...PARAM_KEYS), number, { maxKeys: 3 })
    .map((values) => T.setParams(values)),
  fc.constantFrom(...COMPARED_INPUTS).map((input) => T.resetInput(input)),
);
