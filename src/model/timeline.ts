/**
 * The monthly grid every series shares (MODEL.md §1), and the dates the model reckons with:
 * the MOU, the investment-period end, and the required-pace share by month.
 */
import { FIRST_MONTH, LAST_MONTH, MOU_DATE } from '../data/deal';
import { PERIOD_END } from '../data/params';
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
}

const MONTH_COUNT = monthIndexOfLabel(LAST_MONTH) - monthIndexOfLabel(FIRST_MONTH) + 1;
const MONTHS = Array.from({ length: MONTH_COUNT }, (_, i) => monthLabel(i));
const MONTH_END_DAYS = Array.from({ length: MONTH_COUNT }, (_, i) => lastDayOfMonth(i));
const MOU_DAY = dayFromIso(MOU_DATE.value);

export function timeline(periodEnd: string): Timeline {
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
  };
}
