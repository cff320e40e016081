/** The headline figures of a deterministic run (MODEL.md §6). */
import type { Scenario } from './scenario';
import type { Series } from './simulate';
import type { Timeline } from './timeline';

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
  /** Probability re-imposed by the deadline's month end, including the reckoning (0–1). */
  readonly pReimposedByDeadline: number;
  /** Probability re-imposed by the end of 2029 (0–1). */
  readonly pReimposedByEnd2029: number;
  /** Expected extra duties from September 2025 to December 2029, US$ bn. */
  readonly expectedDutiesUsdBn: number;
  /** The same in billions of yen, at the scenario's exchange rate. */
  readonly expectedDutiesJpyBn: number;
  /** Expected GDP effect at the end of 2029, fraction of Japan's GDP a year. */
  readonly expectedGdpEffect: number;
  /** Share of decided selected value that Japan funds (0–1). */
  readonly fundedShare: number;
}

/** Average days in a month, for converting the period length to months. */
const DAYS_PER_MONTH = 365.25 / 12;

export function summarize(
  s: Scenario,
  tl: Timeline,
  x: Series,
  creditedByDeadline: number,
): Summary {
  const d = tl.deadlineMonth;
  const e = tl.end2029Month;
  const last = tl.months.length - 1;
  const periodMonths = (tl.periodEndDay - tl.mouDay) / DAYS_PER_MONTH;
  const creditedShare = creditedByDeadline / s.pledgeUsdBn;
  const disbursed = x.disbursed[d] ?? 0;
  const decided = (x.committed[last] ?? 0) + (x.declined[last] ?? 0);
  const expectedDutiesUsdBn = x.expectedDutiesUsdBn[e] ?? 0;
  return {
    creditedByDeadline,
    creditedByDeadlineShare: creditedShare,
    disbursedByDeadline: disbursed,
    disbursedByDeadlineShare: disbursed / s.pledgeUsdBn,
    selectedByDeadline: x.selected[d] ?? 0,
    monthsBehindPace: Math.max(0, (1 - creditedShare) * periodMonths),
    pReimposedByDeadline: x.pReimposed[d] ?? 0,
    pReimposedByEnd2029: x.pReimposed[e] ?? 0,
    expectedDutiesUsdBn,
    expectedDutiesJpyBn: expectedDutiesUsdBn * s.usdJpy,
    expectedGdpEffect: x.gdpEffect[e] ?? 0,
    fundedShare: decided > 0 ? (x.committed[last] ?? 0) / decided : 0,
  };
}
