/** The months a time chart shows: from month 0 to `lastMonth`, with their dates and a cutter. */
import { monthEndDate } from './monthDate';

export interface MonthWindow {
  /** Number of months shown. */
  readonly end: number;
  /** Month-end dates of the months shown. */
  readonly dates: Date[];
  /** A series cut to the months shown. */
  readonly cut: (values: readonly number[]) => number[];
}

export function monthWindow(months: readonly string[], lastMonth: string): MonthWindow {
  const end = Math.max(2, months.indexOf(lastMonth) + 1);
  return {
    end,
    dates: months.slice(0, end).map(monthEndDate),
    cut: (values) => values.slice(0, end),
  };
}
