/**
 * What every Monte Carlo path of a scenario shares, worked out once per run (MODEL.md §5):
 * the timeline, the credit factor, each sector's funding probability, arrival rate and
 * lognormal size, the announced selections as typed arrays, the required pace, the threats a
 * month and the event windows.
 */
import { SECTORS, SECTOR_IDS } from '../data/sectors';
import { firstDayOfMonth, fundingDay, monthIndexOfDay } from './dates';
import { allSectorEconomics } from './economics';
import { DECLINED_UNIT, SHORTFALL_UNIT, eventMultipliers } from './hazard';
import { announcedSelections, creditFactor, futureStartMonth } from './programme';
import type { Scenario } from './scenario';
import { timeline, type Timeline } from './timeline';

/** Lognormal spread of project sizes around the sector's typical project. */
export const SIZE_SIGMA = 0.8;
const DAYS_PER_YEAR = 365.25;
export const SECTOR_COUNT = SECTOR_IDS.length;

/** Everything fixed across paths, computed once per run. */
export interface Setup {
  readonly s: Scenario;
  readonly tl: Timeline;
  readonly months: number;
  readonly cf: number;
  readonly fundProb: Float64Array;
  /** Arrival rate per day by sector, as a running total for drawing a sector. */
  readonly cumulativeRate: Float64Array;
  readonly totalRatePerDay: number;
  readonly startDay: number;
  /** ln(typical size) - sigma^2/2 by sector: the lognormal's mean is the typical project. */
  readonly logMedianSize: Float64Array;
  /** The announced selections, in date order: day, sector, value, whether decided in history. */
  readonly announced: {
    readonly count: number;
    readonly day: Int32Array;
    readonly sector: Int32Array;
    readonly value: Float64Array;
    readonly decided: Uint8Array;
  };
  /** Required credit by month end: pledge x elapsed share. */
  readonly required: Float64Array;
  /** Threats a month, implemented, before the multipliers (the successor factor applied). */
  readonly threat: Float64Array;
  readonly events: Float64Array;
  readonly gapLog: number;
  readonly declinedLog: number;
  /** The last month any path can commit in: columns of the band store. */
  readonly lastDecisionMonth: number;
}

export function setup(s: Scenario): Setup {
  const tl = timeline(s.periodEnd);
  const months = tl.months.length;
  const econ = allSectorEconomics(s);
  // lambda_s = pace x share_s / typical size_s: expected selected value per year = pace.
  const cumulativeRate = new Float64Array(SECTOR_COUNT);
  let running = 0;
  SECTOR_IDS.forEach((id, k) => {
    running +=
      (s.paceUsdBnPerYear * s.sectors[id]) / SECTORS[id].typicalProjectUsdBn / DAYS_PER_YEAR;
    cumulativeRate[k] = running;
  });
  const list = announcedSelections(s, tl);
  const announced = {
    count: list.length,
    day: Int32Array.from(list, (x) => x.day),
    sector: Int32Array.from(list, (x) => x.sector),
    value: Float64Array.from(list, (x) => x.valueUsdBn),
    decided: Uint8Array.from(list, (x) => (x.decided ? 1 : 0)),
  };
  const decisionMonth = (day: number) =>
    monthIndexOfDay(fundingDay(day, s.fundingLagDays, s.lagRule));
  let lastDecisionMonth = decisionMonth(tl.periodEndDay);
  for (const x of list) lastDecisionMonth = Math.max(lastDecisionMonth, decisionMonth(x.day));
  const threatPerMonth = (s.threatRateAnnual / 12) * s.implementedShare;
  return {
    s,
    tl,
    months,
    cf: creditFactor(s),
    fundProb: Float64Array.from(SECTOR_IDS, (id) => econ[id].fundingProbability),
    cumulativeRate,
    totalRatePerDay: running,
    startDay: firstDayOfMonth(futureStartMonth(tl)),
    logMedianSize: Float64Array.from(
      SECTOR_IDS,
      (id) => Math.log(SECTORS[id].typicalProjectUsdBn) - (SIZE_SIGMA * SIZE_SIGMA) / 2,
    ),
    announced,
    required: Float64Array.from(tl.elapsedShare, (share) => s.pledgeUsdBn * share),
    threat: Float64Array.from(tl.months, (_, t) =>
      t >= tl.successorMonth ? threatPerMonth * s.successorFactor : threatPerMonth * 1,
    ),
    events: eventMultipliers(s, tl),
    gapLog: Math.log(s.gapMultiplier) / SHORTFALL_UNIT,
    declinedLog: Math.log(s.declineMultiplier) / DECLINED_UNIT,
    lastDecisionMonth: Math.min(months - 1, lastDecisionMonth),
  };
}
