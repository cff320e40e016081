/**
 * Working backwards: the value of one input at which an outcome of the central path reaches
 * a target, by bisection over the input's range (the outcome must move one way with it).
 * The "On the required pace" preset stores the pace solved here, and its test re-solves it.
 */
import { PARAMS, type ParamKey } from '../data/params';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import type { Summary } from './summary';

export type SolvedOutcome = 'creditedByDeadlineShare' | 'pReimposedByDeadline';

/**
 * The smallest (or, where the outcome falls as the input rises, the value closest to the
 * default) value of `key` within its range at which `outcome` reaches `target` (at least the
 * target for credit, at most for risk); null when no value in the range reaches it.
 */
export function solveInput(
  s: Scenario,
  key: ParamKey,
  outcome: SolvedOutcome,
  target: number,
  iterations = 40,
): number | null {
  const min: number = PARAMS[key].min;
  const max: number = PARAMS[key].max;
  const at = (v: number): number => simulate({ ...s, [key]: v }).summary[outcome];
  const ok = (x: number) => (outcome === 'pReimposedByDeadline' ? x <= target : x >= target);
  const rising = at(max) >= at(min);
  // Search from the end where the target is missed toward the end where it is met.
  let bad = rising === (outcome === 'creditedByDeadlineShare') ? min : max;
  let good = bad === min ? max : min;
  if (!ok(at(good))) return null;
  if (ok(at(bad))) return bad;
  for (let i = 0; i < iterations; i++) {
    const mid = (bad + good) / 2;
    if (ok(at(mid))) good = mid;
    else bad = mid;
  }
  return good;
}

/** The pace at which the central path credits the whole pledge by the deadline (to 0.1%). */
export function solvePace(s: Scenario): number | null {
  return solveInput(s, 'paceUsdBnPerYear', 'creditedByDeadlineShare', 0.999);
}

export type { Summary };
