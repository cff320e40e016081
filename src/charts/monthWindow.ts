/** The months a time chart shows (the reader's range): their dates, the axis domain, and a cutter. */
import { monthEndDate } from './monthDate';

export interface MonthWindow {
  /** The time axis: the first day of the first month shown to the last day of the last. */
  readonly domain: [Date, Date];
  /** Index of the first month shown, and one past the last. */
  readonly lo: number;
  readonly hi: number;
  /** Month-end dates of the months shown. */
  readonly dates: Date[];
  /** A monthly series cut to the months shown. */
  readonly cut: (values: readonly number[]) => number[];
  /** A month index of the whole series as an index into a cut one (may fall outside it). */
  readonly at: (index: number) => number;
}

/** @param range First and last month shown, 'YYYY-MM' (clamped to the months there are). */
export function monthWindow(
  months: readonly string[],
  range: { readonly from: string; readonly to: string },
): MonthWindow {
  const found = (m: string, fallback: number) => {
    const i = months.indexOf(m);
    return i < 0 ? fallback : i;
  };
  const lo = found(range.from, 0);
  const hi = Math.max(lo + 2, found(range.to, months.length - 1) + 1);
  const dates = months.slice(lo, hi).map(monthEndDate);
  const [y, m] = (months[lo] ?? '2025-09').split('-').map(Number);
  return {
    domain: [new Date(Date.UTC(y ?? 2025, (m ?? 9) - 1, 1)), dates.at(-1) ?? new Date(0)],
    lo,
    hi,
    dates,
    cut: (values) => values.slice(lo, hi),
    at: (index) => index - lo,
  };
}
