/** The headline figures of a deterministic run: the central path (MODEL.md §6). */
import type { GoodsId } from '../data/goods';
import type { Scenario } from './scenario';
import type { Series } from './simulate';
import { averageRates } from './tariffs';
import type { Timeline } from './timeline';
import type { WhyParts } from './why';

export interface Summary {
  /** Credited toward the pledge on or before the investment-period end, US$ bn. */
  readonly creditedByDeadline: number;
  /** The same, as a share of the pledge (0–1). */
  readonly creditedByDeadlineShare: number;
  /** Cash disbursed by the end of the deadline's month, US$ bn. */
  readonly disbursedByDeadline: number;
  readonly disbursedByDeadlineShare: number;
  /** Selected by the end of the deadline's month, US$ bn. */
  readonly selectedByDeadline: number;
  /**
   * How far behind the required pace the programme ends: the months between the day the
   * required-pace line reached the credited-by-deadline value and the deadline.
   */
  readonly monthsBehindPace: number;
  /** Probability of a penalty by the deadline's month end, including the reckoning (0–1). */
  readonly pReimposedByDeadline: number;
  /** Probability of a penalty by the end of 2029 (0–1). */
  readonly pReimposedByEnd2029: number;
  /** Expected extra duties after the data's as-of month to December 2029, US$ bn (paid by US importers). */
  readonly expectedDutiesUsdBn: number;
  readonly expectedDutiesByClass: Readonly<Record<GoodsId, number>>;
  /** Expected GDP effect for Japan at the end of 2029, fraction of GDP a year. */
  readonly expectedGdpEffect: number;
  /** GDP effect for Japan if the penalty were in force, fraction of GDP a year. */
  readonly gdpEffectIfImposed: number;
  /** Share-weighted average tariff on Japan's goods now and under a penalty. */
  readonly averageRateNow: number;
  readonly averageRatePenalty: number;
  /** Share of decided selected value that Japan funds (0–1). */
  readonly fundedShare: number;
  /** The probability by the deadline split among its causes (central path). */
  readonly why: WhyParts;
}

/** Average days in a month, for converting the period length to months. */
const DAYS_PER_MONTH = 365.25 / 12;

export function summarize(
  s: Scenario,
  tl: Timeline,
  x: Series,
  creditedByDeadline: number,
  why: WhyParts,
): Summary {
  const d = tl.deadlineMonth;
  const e = tl.end2029Month;
  const last = tl.months.length - 1;
  const creditedShare = creditedByDeadline / s.pledgeUsdBn;
  const disbursed = x.disbursed[d] ?? 0;
  const decided = (x.committed[last] ?? 0) + (x.declined[last] ?? 0);
  const avg = averageRates(s.goods);
  const byClass = Object.fromEntries(
    Object.entries(x.expectedDutiesByClass).map(([id, v]) => [id, v[e] ?? 0]),
  ) as Record<GoodsId, number>;
  return {
    creditedByDeadline,
    creditedByDeadlineShare: creditedShare,
    disbursedByDeadline: disbursed,
    disbursedByDeadlineShare: disbursed / s.pledgeUsdBn,
    selectedByDeadline: x.selected[d] ?? 0,
    monthsBehindPace: monthsBehindPace(s, creditedByDeadline, tl),
    pReimposedByDeadline: x.pReimposed[d] ?? 0,
    pReimposedByEnd2029: x.pReimposed[e] ?? 0,
    expectedDutiesUsdBn: x.expectedDutiesUsdBn[e] ?? 0,
    expectedDutiesByClass: byClass,
    expectedGdpEffect: x.gdpEffect[e] ?? 0,
    gdpEffectIfImposed: ((avg.penalty - avg.now) / 0.1) * s.gdpPerTenPointsAnnual,
    averageRateNow: avg.now,
    averageRatePenalty: avg.penalty,
    fundedShare: decided > 0 ? (x.committed[last] ?? 0) / decided : 0,
    why,
  };
}

/** Months behind the required pace at which credited `creditedUsdBn` by the deadline ends (§6). */
export function monthsBehindPace(s: Scenario, creditedUsdBn: number, tl: Timeline): number {
  const periodMonths = (tl.periodEndDay - tl.mouDay) / DAYS_PER_MONTH;
  return Math.max(0, (1 - creditedUsdBn / s.pledgeUsdBn) * periodMonths);
}
