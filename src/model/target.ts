/**
 * What a reader asks the model to reach (issue 15): credited by the deadline at least a share
 * of the pledge, or the chance of a penalty by the deadline at most a share. Both are read
 * on the central path (the deterministic run), so a solve is exact and reproducible.
 */
import type { Summary } from './summary';

export type Target =
  /** Credited by the deadline at least `share` (0–1) of the pledge. */
  | { readonly kind: 'credited'; readonly share: number }
  /** The chance of a penalty by the deadline (central path) at most `max` (0–1). */
  | { readonly kind: 'risk'; readonly max: number };

/** Slack for rounding: a credit of 99.99999% of the pledge counts as the whole pledge. */
const TOLERANCE = 1e-6;

/** The outcome a target is about, as a share (credited share of the pledge, or the chance). */
export const targetOutcome = (target: Target, x: Summary): number =>
  target.kind === 'credited' ? x.creditedByDeadlineShare : x.pReimposedByDeadline;

/** Whether a run's summary meets the target. */
export function meets(target: Target, x: Summary): boolean {
  return target.kind === 'credited'
    ? x.creditedByDeadlineShare >= target.share - TOLERANCE
    : x.pReimposedByDeadline <= target.max + TOLERANCE;
}

/** How far a run is from the target, in outcome units; 0 or less when it meets it. */
export function targetGap(target: Target, x: Summary): number {
  return target.kind === 'credited'
    ? target.share - x.creditedByDeadlineShare
    : x.pReimposedByDeadline - target.max;
}

/** A target the model can answer: shares within (0, 1] for credit and [0, 1) for risk. */
export function cleanTarget(target: Target): Target | null {
  if (target.kind === 'credited')
    return Number.isFinite(target.share) && target.share > 0 && target.share <= 1 ? target : null;
  return Number.isFinite(target.max) && target.max >= 0 && target.max < 1 ? target : null;
}
