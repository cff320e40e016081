/**
 * The time axis's ticks for the width it has (issue 15): as many whole years as their labels
 * leave room for, so a phone still shows every year of a short range; months where fewer than
 * two years fit in the range.
 */
import type { TimeScale } from './timeScale';

export interface AxisTick {
  readonly date: Date;
  /** Labelled with its year, or with its month. */
  readonly unit: 'year' | 'month';
}

/** Space between two tick labels, px. */
const GAP_PX = 20;

export function axisTicks(
  scale: TimeScale,
  widthPx: number,
  labelPx: { readonly year: number; readonly month: number },
): AxisTick[] {
  const fit = (label: number) => Math.max(1, Math.floor(widthPx / (label + GAP_PX)));
  const years = scale.ticks(Math.max(2, fit(labelPx.year)));
  if (years.length >= 2) return years.map((date) => ({ date, unit: 'year' }));
  return scale.monthTicks(fit(labelPx.month)).map((date) => ({ date, unit: 'month' }));
}
