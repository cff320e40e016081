/**
 * "What would it take?" (issue 15): for a target, each allowed lever's smallest change that
 * reaches it with the others held, and the smallest combined change of two chosen levers;
 * each answer with its effects split among the changed levers (exact Shapley values, as in
 * the comparison), a Monte Carlo check at the reader's seed, and, where no change reaches
 * the target, the reason. Solved on the central path (target.ts).
 */
import { attributions, type Contribution } from './compare';
import { runMonteCarlo } from './montecarlo';
import type { Scenario } from './scenario';
import { shortfall, type Shortfall } from './shortfall';
import { simulate } from './simulate';
import { solveLever, type LeverChange, type LeverSolve } from './solveLever';
import { solvePair, type PairSolve } from './solvePair';
import { meets, type Target } from './target';
import type { SolveLever } from './levers';

/** Most Monte Carlo paths a check runs (the reader's own count when it is smaller). */
export const CHECK_PATHS = 1000;

/** A scenario's answers to the two questions: the central path's, and the Monte Carlo's. */
export interface Outcomes {
  readonly creditedUsdBn: number;
  readonly creditedShare: number;
  /** Chance of a penalty by the deadline on the central path. */
  readonly risk: number;
  /** The Monte Carlo's answers at the reader's seed (paths: at most CHECK_PATHS). */
  readonly check: { readonly paths: number; readonly risk: number; readonly creditedUsdBn: number };
}

/** What a set of changes does: the answers after it, and each change's share of the effect. */
export interface Evidence {
  readonly outcomes: Outcomes;
  readonly effects: { readonly credited: Contribution[]; readonly risk: Contribution[] };
}

export interface LeverAnswer {
  readonly key: SolveLever;
  readonly solve: LeverSolve;
  /** For a reached target: what the change does. */
  readonly evidence: Evidence | null;
  /** For an unreachable target: what holds the best value back. */
  readonly why: Shortfall | null;
}

export interface PairAnswer {
  readonly keys: readonly [SolveLever, SolveLever];
  readonly solve: PairSolve;
  readonly evidence: Evidence | null;
  readonly why: Shortfall | null;
}

export interface WhatItTakes {
  readonly target: Target;
  readonly current: Outcomes;
  /** The scenario already meets the target (on the central path). */
  readonly met: boolean;
  readonly levers: LeverAnswer[];
  readonly pair: PairAnswer | null;
}

/** The scenario with the changes made. */
export function withChanges(s: Scenario, changes: readonly LeverChange[]): Scenario {
  return { ...s, ...Object.fromEntries(changes.map((c) => [c.key, c.to])) };
}

export function outcomesOf(s: Scenario): Outcomes {
  const x = simulate(s).summary;
  const mc = runMonteCarlo(s, { paths: Math.min(s.mcPaths, CHECK_PATHS), seed: s.mcSeed });
  return {
    creditedUsdBn: x.creditedByDeadline,
    creditedShare: x.creditedByDeadlineShare,
    risk: x.pReimposedByDeadline,
    check: {
      paths: mc.paths,
      risk: mc.shareReimposedByDeadline,
      creditedUsdBn: mc.creditedAtDeadline.p50,
    },
  };
}

function evidence(s: Scenario, changes: readonly LeverChange[]): Evidence {
  const b = withChanges(s, changes);
  const effects = attributions(s, b, ['creditedByDeadline', 'pReimposedByDeadline']);
  return {
    outcomes: outcomesOf(b),
    effects: { credited: effects.creditedByDeadline, risk: effects.pReimposedByDeadline },
  };
}

/** The answer's parts for one solve: evidence when reached, the reason when not. */
function explain(s: Scenario, target: Target, solve: LeverSolve | PairSolve) {
  if (solve.status === 'reached')
    return { evidence: evidence(s, 'change' in solve ? [solve.change] : solve.changes), why: null };
  if (solve.status === 'unreachable') {
    const best = withChanges(s, Array.isArray(solve.best) ? solve.best : [solve.best]);
    return { evidence: null, why: shortfall(best, simulate(best), target) };
  }
  return { evidence: null, why: null };
}

/**
 * @param levers The levers the reader allows, each solved alone.
 * @param pair Two of them to combine, or null.
 */
export function whatItTakes(
  s: Scenario,
  target: Target,
  levers: readonly SolveLever[],
  pair: readonly [SolveLever, SolveLever] | null,
): WhatItTakes {
  const met = meets(target, simulate(s).summary);
  const solves = new Map(levers.map((key) => [key, solveLever(s, key, target)]));
  const pairSolve =
    pair && pair[0] !== pair[1]
      ? solvePair(s, pair, target, [
          solves.get(pair[0]) ?? solveLever(s, pair[0], target),
          solves.get(pair[1]) ?? solveLever(s, pair[1], target),
        ])
      : null;
  return {
    target,
    current: outcomesOf(s),
    met,
    levers: [...solves].map(([key, solve]) => ({ key, solve, ...explain(s, target, solve) })),
    pair:
      pair && pairSolve ? { keys: pair, solve: pairSolve, ...explain(s, target, pairSolve) } : null,
  };
}
