/**
 * The monthly grid every series shares (MODEL.md §1), and the dates the model reckons with:
 * the MOU, the data's as-of date (history up to its month, projection after: §0), the
 * investment-period end, the end of the presidential term, and the required-pace share.
 */
import { FIRST_MONTH, LAST_MONTH, MOU_DATE, TERM_END } from '../data/deal';
import { PERIOD_END } from '../data/params';
import { DATA_AS_OF } from '../data/dataVersion';
import {
  dayFromIso,
  lastDayOfMonth,
  monthIndexOfDay,
  monthIndexOfLabel,
  monthLabel,
} from './dates';

export interface Timeline {
  /** 'YYYY-MM' labels, month 0 = 2025-09. */
  readonly months: readonly string[];
  readonly mouDay: number;
  readonly periodEndDay: number;
  /** Month index holding the investment-period end. */
  readonly deadlineMonth: number;
  /** Month index of December 2029. */
  readonly end2029Month: number;
  /** Elapsed share of the investment period at each month end, capped at 1. */
  readonly elapsedShare: readonly number[];
  /** The data's as-of day, and the month holding it: the last month of history. */
  readonly asOfDay: number;
  readonly asOfMonth: number;
  /** The last day of history: decisions on or before it are facts (MODEL.md §0). */
  readonly historyEndDay: number;
  /** The first month after the one holding the end of the presidential term. */
  readonly successorMonth: number;
  /** Whether each month is a January (the annual cap's room renews). */
  readonly yearStarts: readonly boolean[];
}

const MONTH_COUNT = monthIndexOfLabel(LAST_MONTH) - monthIndexOfLabel(FIRST_MONTH) + 1;
const MONTHS = Array.from({ length: MONTH_COUNT }, (_, i) => monthLabel(i));
const MONTH_END_DAYS = Array.from({ length: MONTH_COUNT }, (_, i) => lastDayOfMonth(i));
const YEAR_STARTS = MONTHS.map((m) => m.endsWith('-01'));
const MOU_DAY = dayFromIso(MOU_DATE.value);
const SUCCESSOR_MONTH = monthIndexOfDay(dayFromIso(TERM_END.value)) + 1;

/**
 * @param dataAsOf The day history runs through: the data release's by default (an earlier
 *   release's date explains what a new release changed).
 */
export function timeline(periodEnd: string, dataAsOf: string = DATA_AS_OF): Timeline {
  const asOfDay = dayFromIso(dataAsOf);
  const asOfMonth = monthIndexOfDay(asOfDay);
  const parsed = dayFromIso(periodEnd);
  const periodEndDay = Number.isFinite(parsed) ? parsed : dayFromIso(PERIOD_END.default);
  const span = periodEndDay - MOU_DAY;
  return {
    months: MONTHS,
    mouDay: MOU_DAY,
    periodEndDay,
    deadlineMonth: monthIndexOfDay(periodEndDay),
    end2029Month: monthIndexOfLabel('2029-12'),
    elapsedShare: MONTH_END_DAYS.map((d) => Math.min(1, Math.max(0, (d - MOU_DAY) / span))),
    asOfDay,
    asOfMonth,
    historyEndDay: lastDayOfMonth(asOfMonth),
    successorMonth: SUCCESSOR_MONTH,
    yearStarts: YEAR_STARTS,
  };
}
