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
  const perMonth = dutyPerMonthByClass(s);
  const avg = averageRates(s.goods);
  const gdpIfImposed = ((avg.penalty - avg.now) / GDP_GAP_UNIT) * s.gdpPerTenPointsAnnual;
  const byClass = {} as Record<GoodsId, number[]>;
  for (const id of GOODS_IDS) byClass[id] = new Array<number>(n);
  const total = new Array<number>(n);
  const gdpEffect = new Array<number>(n);
  const averageTariff = new Array<number>(n);
  const running = Object.fromEntries(GOODS_IDS.map((id) => [id, 0])) as Record<GoodsId, number>;
  let sum = 0;
  for (let t = 0; t < n; t++) {
    const pt = t > tl.asOfMonth ? (p[t] ?? 0) : 0;
    for (const id of GOODS_IDS) {
      running[id] += pt * perMonth[id];
      byClass[id][t] = running[id];
    }
    sum += pt * (avg.penalty - avg.now) * (s.exportsUsdBn / 12);
    total[t] = sum;
    gdpEffect[t] = pt * gdpIfImposed;
    averageTariff[t] =
      t <= tl.asOfMonth ? historicalAverage(s.goods, t) : avg.now + pt * (avg.penalty - avg.now);
  }
  return { expectedDutiesUsdBn: total, expectedDutiesByClass: byClass, gdpEffect, averageTariff };
}

/** The average rate in force at a month's end, from the dated schedule, weighted by the shares. */
function historicalAverage(goods: GoodsTable, month: number): number {
  const iso = isoFromDay(lastDayOfMonth(month));
  let rate = 0;
  for (const id of GOODS_IDS)
    rate += goods[id].share * rateOn(GOODS_CLASSES[id].schedule, iso).rate;
  return rate;
}
