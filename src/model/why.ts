/**
 * "Why this number" (MODEL.md §4.8): the probability of a penalty by the deadline, split
 * among its five causes (the base threat rate, the shortfall, Japan's refusals, the dated
 * events, the deadline reckoning) by exact Shapley values over the 32 ways of switching each
 * cause between absent (no base threats, a multiplier of 1, no reckoning) and its scenario
 * value. With every cause absent there is no hazard, so the parts add up to the probability.
 */
import {
  ALL_FACTORS,
  DECLINED_UNIT,
  RISK_FACTORS,
  SHORTFALL_UNIT,
  has,
  reckoningThreat,
  type FactorMask,
  type HazardInputs,
  type RiskFactor,
} from './hazard';
import type { Scenario } from './scenario';
import { exactShapley } from './shapley';
import type { Timeline } from './timeline';

export interface WhyParts {
  /** The probability by the deadline that the parts split (0–1). */
  readonly total: number;
  /** Each cause's share of it, in probability points; they add up to `total`. */
  readonly parts: Readonly<Record<RiskFactor, number>>;
}

/** Number of sets of causes: 2^5. */
export const CAUSE_SETS = ALL_FACTORS + 1;

/** The parts, from the probability by the deadline with each set of causes present. */
export function whyParts(value: (mask: FactorMask) => number): WhyParts {
  const phi = exactShapley(value, RISK_FACTORS.length);
  const parts = Object.fromEntries(RISK_FACTORS.map((f, i) => [f, phi[i] ?? 0])) as Record<
    RiskFactor,
    number
  >;
  return { total: value(ALL_FACTORS), parts };
}

/**
 * P(penalty by the deadline) on one path for every set of causes: with the base present, the
 * monthly intensity summed over the projected months to the deadline with each combination of
 * the three multipliers; then 1 - exp(-sum) x (1 - reckoning). The same arithmetic as
 * hazardSeries (whose survival is exp of minus the summed intensity). `sums` (8) and `out`
 * (32) are scratch buffers; `out[mask]` receives the probability.
 */
export function probabilityByCause(
  s: Scenario,
  tl: Timeline,
  events: Float64Array,
  x: HazardInputs,
  sums: Float64Array,
  out: Float64Array,
): void {
  const gapLog = Math.log(s.gapMultiplier) / SHORTFALL_UNIT;
  const declinedLog = Math.log(s.declineMultiplier) / DECLINED_UNIT;
  const base = (s.threatRateAnnual / 12) * s.implementedShare;
  sums.fill(0);
  for (let t = tl.asOfMonth + 1; t <= tl.deadlineMonth; t++) {
    const required = s.pledgeUsdBn * (tl.elapsedShare[t] ?? 1);
    const gap = Math.max(0, required - (x.credited[t] ?? 0)) / s.pledgeUsdBn;
    const selected = x.selected[t] ?? 0;
    const declinedShare = selected > 0 ? (x.declined[t] ?? 0) / selected : 0;
    const b = base * (t >= tl.successorMonth ? s.successorFactor : 1);
    const g = Math.exp(gap * gapLog);
    const r = Math.exp(declinedShare * declinedLog);
    const e = events[t] ?? 1;
    // Index bit 0: shortfall, bit 1: refusals, bit 2: events.
    sums[0] = (sums[0] ?? 0) + b;
    sums[1] = (sums[1] ?? 0) + b * g;
    sums[2] = (sums[2] ?? 0) + b * r;
    sums[3] = (sums[3] ?? 0) + b * g * r;
    sums[4] = (sums[4] ?? 0) + b * e;
    sums[5] = (sums[5] ?? 0) + b * g * e;
    sums[6] = (sums[6] ?? 0) + b * r * e;
    sums[7] = (sums[7] ?? 0) + b * g * r * e;
  }
  const reckoning = reckoningThreat(s, x.creditedByDeadlineUsdBn) * s.implementedShare;
  for (let mask = 0; mask < CAUSE_SETS; mask++) {
    const k =
      (has(mask, 'shortfall') ? 1 : 0) +
      (has(mask, 'refusals') ? 2 : 0) +
      (has(mask, 'events') ? 4 : 0);
    const intensity = has(mask, 'base') ? (sums[k] ?? 0) : 0;
    const reck = has(mask, 'reckoning') ? reckoning : 0;
    out[mask] = 1 - Math.exp(-intensity) * (1 - reck);
  }
}

/** "Why" for the central path, given its probability by the deadline (which the parts add up to). */
export function pathWhy(
  s: Scenario,
  tl: Timeline,
  events: Float64Array,
  x: HazardInputs,
  pByDeadline: number,
): WhyParts {
  const byCause = new Float64Array(CAUSE_SETS);
  probabilityByCause(s, tl, events, x, new Float64Array(8), byCause);
  byCause[ALL_FACTORS] = pByDeadline;
  return whyParts((mask) => byCause[mask] ?? 0);
}

/** The cause with the largest part (ties: the first in RISK_FACTORS). */
export function largestCause(w: WhyParts): RiskFactor {
  return RISK_FACTORS.reduce(
    (best, f) => (w.parts[f] > w.parts[best] ? f : best),
    RISK_FACTORS[0] as RiskFactor,
  );
}
