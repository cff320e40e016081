/**
 * The time axis's scale: UTC dates to pixels, linear in time, with ticks on whole years.
 * (d3's scaleUtc would bring its calendar and date formatting along; the charts only ever
 * label years, and the page formats them itself.)
 */
import { linearScale } from './linearScale';

export interface TimeScale {
  (date: Date): number;
  /** The date at a pixel position. */
  invert(px: number): Date;
  /** 1 January of evenly spaced years inside the domain: about `count` of them (d3's sense), at most a quarter more. */
  ticks(count: number): Date[];
  /** The first day of evenly spaced months (1, 2, 3 or 6 apart, from January) inside the domain: about `count`. */
  monthTicks(count: number): Date[];
}

/** Year steps a tick may take. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
/** Month steps a tick may take (they divide the year, so ticks fall on the same months each year). */
const MONTH_STEPS = [1, 2, 3, 6, 12];

export function timeScale(
  domain: readonly [Date, Date],
  range: readonly [number, number],
): TimeScale {
  const [from, to] = domain;
  const linear = linearScale([+from, +to], range);
  const scale = ((date: Date) => linear(+date)) as TimeScale;
  scale.invert = (px) => new Date(linear.invert(px));
  scale.ticks = (count) => {
    const y0 = from.getUTCFullYear();
    const first = +from === Date.UTC(y0, 0, 1) ? y0 : y0 + 1;
    const last = to.getUTCFullYear();
    const most = Math.ceil(count * 1.25);
    const step =
      YEAR_STEPS.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= most) ?? 100;
    const years: Date[] = [];
    for (let y = Math.ceil(first / step) * step; y <= last; y += step)
      years.push(new Date(Date.UTC(y, 0, 1)));
    return years;
  };
  scale.monthTicks = (count) => {
    const first = from.getUTCFullYear() * 12 + from.getUTCMonth() + (from.getUTCDate() > 1 ? 1 : 0);
    const last = to.getUTCFullYear() * 12 + to.getUTCMonth();
    const most = Math.ceil(count * 1.25);
    const step =
      MONTH_STEPS.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= most) ?? 12;
    const months: Date[] = [];
    for (let m = Math.ceil(first / step) * step; m <= last; m += step)
      months.push(new Date(Date.UTC(Math.floor(m / 12), m % 12, 1)));
    return months;
  };
  return scale;
}
