/**
 * The tariff side by goods class (MODEL.md §2 [v2] and §4.9): the average rate now and under
 * a penalty, the expected extra duties by class (paid by US importers at the border), the
 * expected GDP effect for Japan, and the average rate on Japan's goods over time: history from
 * the dated schedule, then the expected path after the data's as-of month.
 */
import { GOODS_CLASSES, GOODS_IDS, rateOn, type GoodsId } from '../data/goods';
import { lastDayOfMonth, isoFromDay } from './dates';
import type { GoodsTable, Scenario } from './scenario';
import type { Timeline } from './timeline';

/** NRI's GDP effect is quoted per this tariff gap on all goods. */
const GDP_GAP_UNIT = 0.1;

/** Share-weighted average rate now and under a penalty. */
export function averageRates(goods: GoodsTable): { now: number; penalty: number } {
  let now = 0;
  let penalty = 0;
  for (const id of GOODS_IDS) {
    now += goods[id].share * goods[id].rateNow;
    penalty += goods[id].share * goods[id].ratePenalty;
  }
  return { now, penalty };
}

/** Extra duties a month if the penalty were in force, by class, US$ bn. */
export function dutyPerMonthByClass(s: Scenario): Record<GoodsId, number> {
  const out = {} as Record<GoodsId, number>;
  for (const id of GOODS_IDS) {
    const c = s.goods[id];
    out[id] = (s.exportsUsdBn / 12) * c.share * (c.ratePenalty - c.rateNow);
  }
  return out;
}

export interface TariffOutcome {
  /** Cumulative expected extra duties, US$ bn, by month (months after the as-of month only). */
  readonly expectedDutiesUsdBn: number[];
  readonly expectedDutiesByClass: Readonly<Record<GoodsId, number[]>>;
  /** Expected GDP effect for Japan, a fraction of GDP a year, by month. */
  readonly gdpEffect: number[];
  /** Average total tariff on Japan's goods by month: history, then expected. */
  readonly averageTariff: number[];
}

/** Expected costs and the average rate from a path of P(penalty imposed by month end). */
export function tariffOutcome(s: Scenario, tl: Timeline, p: ArrayLike<number>): TariffOutcome {
  const n = tl.months.length;
  const perMonthById = dutyPerMonthByClass(s);
  const perMonth = GOODS_IDS.map((id) => perMonthById[id]);
  const avg = averageRates(s.goods);
  const gdpIfImposed = ((avg.penalty - avg.now) / GDP_GAP_UNIT) * s.gdpPerTenPointsAnnual;
  // By class, in GOODS_IDS order (arrays, not records keyed by id: this loop runs each month).
  const byClass = GOODS_IDS.map(() => new Array<number>(n));
  const running = GOODS_IDS.map(() => 0);
  const classes = GOODS_IDS.length;
  const total = new Array<number>(n);
  const gdpEffect = new Array<number>(n);
  const averageTariff = new Array<number>(n);
  const shares = GOODS_IDS.map((id) => s.goods[id].share);
  let sum = 0;
  for (let t = 0; t < n; t++) {
    const pt = t > tl.asOfMonth ? (p[t] ?? 0) : 0;
    for (let k = 0; k < classes; k++) {
      const r = (running[k] ?? 0) + pt * (perMonth[k] ?? 0);
      running[k] = r;
      (byClass[k] as number[])[t] = r;
    }
    sum += pt * (avg.penalty - avg.now) * (s.exportsUsdBn / 12);
    total[t] = sum;
    gdpEffect[t] = pt * gdpIfImposed;
    averageTariff[t] =
      t <= tl.asOfMonth ? historicalAverage(shares, t) : avg.now + pt * (avg.penalty - avg.now);
  }
  return {
    expectedDutiesUsdBn: total,
    expectedDutiesByClass: Object.fromEntries(GOODS_IDS.map((id, k) => [id, byClass[k]])) as Record<
      GoodsId,
      number[]
    >,
    gdpEffect,
    averageTariff,
  };
}

/**
 * The rate in force on each class at a month's end, from the dated schedule (data, not the
 * scenario): worked out once a month, in GOODS_IDS order.
 */
const scheduledRates = new Map<number, readonly number[]>();
function ratesAt(month: number): readonly number[] {
  let rates = scheduledRates.get(month);
  if (!rates) {
    const iso = isoFromDay(lastDayOfMonth(month));
    rates = GOODS_IDS.map((id) => rateOn(GOODS_CLASSES[id].schedule, iso).rate);
    scheduledRates.set(month, rates);
  }
  return rates;
}

/** The average rate in force at a month's end, from the dated schedule, weighted by the shares. */
function historicalAverage(shares: readonly number[], month: number): number {
  const rates = ratesAt(month);
  let rate = 0;
  for (let k = 0; k < shares.length; k++) rate += (shares[k] ?? 0) * (rates[k] ?? 0);
  return rate;
}
