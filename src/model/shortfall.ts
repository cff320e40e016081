/**
 * Why a target cannot be reached (issue 15): at the best a lever (or two) can do, what holds
 * the answer back. For credit, the pledge at the deadline splits into what is credited and
 * four gaps: value never selected, value still waiting out the funding lag, value Japan
 * declines, and guarantees Washington does not count in full; the largest gap is the reason.
 * For risk, the largest of the five causes of the chance ("why this number").
 */
import type { RiskFactor } from './hazard';
import type { Scenario } from './scenario';
import type { Result } from './simulate';
import type { Target } from './target';
import { largestCause } from './why';

export const CREDIT_GAPS = ['notSelected', 'lag', 'declined', 'guarantees'] as const;
export type CreditGap = (typeof CREDIT_GAPS)[number];

export type Shortfall =
  | {
      readonly kind: 'credited';
      /** Credited by the deadline at the best the levers can do, and the target, US$ bn. */
      readonly creditedUsdBn: number;
      readonly neededUsdBn: number;
      /** The largest gap and its size at the deadline's month end, US$ bn. */
      readonly cause: CreditGap;
      readonly causeUsdBn: number;
    }
  | {
      readonly kind: 'risk';
      /** The chance by the deadline at the best the levers can do (central path). */
      readonly risk: number;
      readonly cause: RiskFactor;
      /** That cause's part of the chance, in probability points. */
      readonly causePoints: number;
    };

/** The four gaps between the pledge and what is credited, at the deadline's month end (US$ bn). */
export function creditGaps(s: Scenario, r: Result): Record<CreditGap, number> {
  const d = r.deadlineMonth;
  const x = r.series;
  const selected = x.selected[d] ?? 0;
  const committed = x.committed[d] ?? 0;
  const declined = x.declined[d] ?? 0;
  return {
    notSelected: Math.max(0, s.pledgeUsdBn - selected),
    lag: Math.max(0, selected - committed - declined),
    declined,
    guarantees: committed * s.mix.guarantees * (1 - s.guaranteeCreditWeight),
  };
}

/** What holds `r` (the run of `s`, the best the levers can do) short of `target`. */
export function shortfall(s: Scenario, r: Result, target: Target): Shortfall {
  if (target.kind === 'risk') {
    const cause = largestCause(r.summary.why);
    return {
      kind: 'risk',
      risk: r.summary.pReimposedByDeadline,
      cause,
      causePoints: r.summary.why.parts[cause],
    };
  }
  const gaps = creditGaps(s, r);
  const cause = CREDIT_GAPS.reduce((a, b) => (gaps[b] > gaps[a] ? b : a));
  return {
    kind: 'credited',
    creditedUsdBn: r.summary.creditedByDeadline,
    neededUsdBn: target.share * s.pledgeUsdBn,
    cause,
    causeUsdBn: gaps[cause],
  };
}
