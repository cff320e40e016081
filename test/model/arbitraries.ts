/** fast-check generators of scenarios drawn from the full input ranges of src/data/params. */
import fc from 'fast-check';
import { PARAMS, PARAM_KEYS, PERIOD_END, type ParamKey } from '../../src/data/params';
import { SECTOR_IDS } from '../../src/data/sectors';
import { GOODS_IDS } from '../../src/data/goods';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model';
import { normalizeScenario } from '../../src/model';

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
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
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
          return [id, { share: r.goodsShares[i]! / sum(r.goodsShares), rateNow: Math.min(a, b), ratePenalty: Math.max(a, b) }];
        }),
      ),
      capExempt: r.capExempt,
    }).scenario;
  });
