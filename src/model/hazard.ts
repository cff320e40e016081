/**
 * The tariff hazard (MODEL.md §4.8): a monthly probability of re-imposition that rises with
 * the shortfall against the required pace, with Japan's refusals and in dated event windows,
 * plus a one-off reckoning at the deadline; multipliers freeze after the deadline.
 */
import { dayFromIso, monthIndexOfDay } from './dates';
import type { Scenario } from './scenario';
import type { Timeline } from './timeline';

/** A 20-point shortfall applies the gap multiplier once. */
const SHORTFALL_UNIT = 0.2;
/** A quarter of selected value declined applies the decline multiplier once. */
const DECLINED_UNIT = 0.25;

/** Product of the multipliers of enabled events whose window touches each month. */
export function eventMultipliers(s: Scenario, tl: Timeline): Float64Array {
  const out = new Float64Array(tl.months.length).fill(1);
  for (const e of s.events) {
    if (!e.enabled) continue;
    const start = dayFromIso(e.start);
    const end = dayFromIso(e.end);
    const first = Math.max(0, monthIndexOfDay(start));
    const last = Math.min(out.length - 1, monthIndexOfDay(end));
    for (let t = first; t <= last; t++) out[t] = (out[t] ?? 1) * e.multiplier;
  }
  return out;
}

export interface HazardInputs {
  /** Cumulative US$ bn by month. */
  readonly credited: ArrayLike<number>;
  readonly selected: ArrayLike<number>;
  readonly declined: ArrayLike<number>;
  /** Credited on or before the investment-period end (exact day), US$ bn. */
  readonly creditedByDeadlineUsdBn: number;
}

export interface HazardSeries {
  /** max(0, required - credited) / pledge, frozen after the deadline. */
  readonly shortfall: Float64Array;
  /** Monthly probability of re-imposition. */
  readonly hazard: Float64Array;
  /** Probability re-imposed by each month end: 1 - prod(1 - h). */
  readonly pReimposed: Float64Array;
}

/** @param into Buffers to overwrite (Monte Carlo); fresh ones by default. */
export function hazardSeries(
  s: Scenario,
  tl: Timeline,
  events: Float64Array,
  x: HazardInputs,
  into?: HazardSeries,
): HazardSeries {
  const n = tl.months.length;
  const shortfall = into?.shortfall ?? new Float64Array(n);
  const hazard = into?.hazard ?? new Float64Array(n);
  const pReimposed = into?.pReimposed ?? new Float64Array(n);
  // k^(x/unit) = exp(x * ln(k)/unit): one exp instead of two pow calls a month.
  const gapLog = Math.log(s.gapMultiplier) / SHORTFALL_UNIT;
  const declinedLog = Math.log(s.declineMultiplier) / DECLINED_UNIT;
  const reckoning = Math.min(
    1,
    s.deadlineFactor * Math.max(0, 1 - x.creditedByDeadlineUsdBn / s.pledgeUsdBn),
  );
  let survival = 1;
  // After the deadline the shortfall and declined share are frozen: only events vary, so
  // the last (intensity, hazard) pair is reused while the event factor stays the same.
  let gap = 0;
  let baseIntensity = 0;
  let lastIntensity = NaN;
  let lastHazard = 0;
  for (let t = 0; t < n; t++) {
    if (t <= tl.deadlineMonth) {
      const required = s.pledgeUsdBn * (tl.elapsedShare[t] ?? 1);
      gap = Math.max(0, required - (x.credited[t] ?? 0)) / s.pledgeUsdBn;
      const selected = x.selected[t] ?? 0;
      const declinedShare = selected > 0 ? (x.declined[t] ?? 0) / selected : 0;
      baseIntensity =
        (s.baseHazardAnnual / 12) * Math.exp(gap * gapLog + declinedShare * declinedLog);
    }
    const intensity = baseIntensity * (events[t] ?? 1);
    if (intensity !== lastIntensity) {
      lastIntensity = intensity;
      lastHazard = 1 - Math.exp(-intensity);
    }
    let h = lastHazard;
    if (t === tl.deadlineMonth) h = 1 - (1 - h) * (1 - reckoning);
    shortfall[t] = gap;
    hazard[t] = h;
    survival *= 1 - h;
    pReimposed[t] = 1 - survival;
  }
  return { shortfall, hazard, pReimposed };
}
