/**
 * The hazard of a penalty (MODEL.md §4.8 [v2]): threats, then implementation. Washington
 * threatens at a rate that rises with the shortfall against the required pace, with Japan's
 * refusals and in dated event windows; a share of threats is implemented. At the deadline a
 * one-off reckoning threat comes with the remaining shortfall. After the presidential term
 * the threat rate is scaled by the successor factor, its multipliers frozen at the deadline.
 * Nothing happens in history: the hazard is 0 up to the data's as-of month.
 */
import { dayFromIso, monthIndexOfDay } from './dates';
import type { Scenario } from './scenario';
import type { Timeline } from './timeline';

/** A 20-point shortfall applies the gap multiplier once. */
export const SHORTFALL_UNIT = 0.2;
/** A quarter of selected value declined applies the decline multiplier once. */
export const DECLINED_UNIT = 0.25;

/** The five causes "why this number" splits the probability among (MODEL.md §4.8). */
export const RISK_FACTORS = ['base', 'shortfall', 'refusals', 'events', 'reckoning'] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];
/** Which causes are present: bit k set for RISK_FACTORS[k]. */
export type FactorMask = number;
export const ALL_FACTORS: FactorMask = (1 << RISK_FACTORS.length) - 1;
export const has = (mask: FactorMask, f: RiskFactor): boolean =>
  (mask & (1 << RISK_FACTORS.indexOf(f))) !== 0;

/** Product of the multipliers of enabled events whose window touches each month. */
export function eventMultipliers(s: Scenario, tl: Timeline): Float64Array {
  const out = new Float64Array(tl.months.length).fill(1);
  for (const e of s.events) {
    if (!e.enabled) continue;
    const first = Math.max(0, monthIndexOfDay(dayFromIso(e.start)));
    const last = Math.min(out.length - 1, monthIndexOfDay(dayFromIso(e.end)));
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
  /** Monthly probability of a penalty (0 in history). */
  readonly hazard: Float64Array;
  /** Probability a penalty has been imposed by each month end: 1 - prod(1 - h). */
  readonly pReimposed: Float64Array;
}

/** The one-off probability of a reckoning at the deadline, before implementation. */
export function reckoningThreat(s: Scenario, creditedByDeadlineUsdBn: number): number {
  return Math.min(1, s.deadlineFactor * Math.max(0, 1 - creditedByDeadlineUsdBn / s.pledgeUsdBn));
}

/**
 * @param factors The causes present (all of them for the scenario itself; fewer for the
 *   "why" decomposition): an absent base gives no threats, an absent multiplier is 1, an
 *   absent reckoning is 0.
 * @param into Buffers to overwrite (Monte Carlo); fresh ones by default.
 */
export function hazardSeries(
  s: Scenario,
  tl: Timeline,
  events: Float64Array,
  x: HazardInputs,
  into?: HazardSeries,
  factors: FactorMask = ALL_FACTORS,
): HazardSeries {
  const n = tl.months.length;
  const shortfall = into?.shortfall ?? new Float64Array(n);
  const hazard = into?.hazard ?? new Float64Array(n);
  const pReimposed = into?.pReimposed ?? new Float64Array(n);
  // k^(x/unit) = exp(x * ln(k)/unit): one exp a month instead of two pow calls.
  const gapLog = has(factors, 'shortfall') ? Math.log(s.gapMultiplier) / SHORTFALL_UNIT : 0;
  const declinedLog = has(factors, 'refusals') ? Math.log(s.declineMultiplier) / DECLINED_UNIT : 0;
  const withEvents = has(factors, 'events');
  const threatPerMonth = has(factors, 'base') ? (s.threatRateAnnual / 12) * s.implementedShare : 0;
  const reckoning = has(factors, 'reckoning')
    ? reckoningThreat(s, x.creditedByDeadlineUsdBn) * s.implementedShare
    : 0;
  let survival = 1;
  let gap = 0;
  let multiplier = 1; // shortfall x refusals, frozen after the deadline
  for (let t = 0; t < n; t++) {
    if (t <= tl.deadlineMonth) {
      const required = s.pledgeUsdBn * (tl.elapsedShare[t] ?? 1);
      gap = Math.max(0, required - (x.credited[t] ?? 0)) / s.pledgeUsdBn;
      const selected = x.selected[t] ?? 0;
      const declinedShare = selected > 0 ? (x.declined[t] ?? 0) / selected : 0;
      multiplier = Math.exp(gap * gapLog + declinedShare * declinedLog);
    }
    shortfall[t] = gap;
    if (t <= tl.asOfMonth) {
      hazard[t] = 0;
      pReimposed[t] = 0;
      continue;
    }
    const successor = t >= tl.successorMonth ? s.successorFactor : 1;
    const intensity = threatPerMonth * successor * multiplier * (withEvents ? (events[t] ?? 1) : 1);
    let h = 1 - Math.exp(-intensity);
    if (t === tl.deadlineMonth) h = 1 - (1 - h) * (1 - reckoning);
    hazard[t] = h;
    survival *= 1 - h;
    pReimposed[t] = 1 - survival;
  }
  return { shortfall, hazard, pReimposed };
}
