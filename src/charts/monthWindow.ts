/** The months a time chart shows: from month 0 to `lastMonth`, with their dates and a cutter. */
import { monthEndDate } from './monthDate';

export interface MonthWindow {
  /** The first day of the first month: where the time axis starts (the MOU is on it). */
  readonly start: Date;
  /** Number of months shown. */
  readonly end: number;
  /** Month-end dates of the months shown. */
  readonly dates: Date[];
  /** A series cut to the months shown. */
  readonly cut: (values: readonly number[]) => number[];
}

export function monthWindow(months: readonly string[], lastMonth: string): MonthWindow {
  const end = Math.max(2, months.indexOf(lastMonth) + 1);
  const [y, m] = (months[0] ?? '2025-09').split('-').map(Number);
  return {
    start: new Date(Date.UTC(y ?? 2025, (m ?? 9) - 1, 1)),
    end,
    dates: months.slice(0, end).map(monthEndDate),
    cut: (values) => values.slice(0, end),
  };
}
