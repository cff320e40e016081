/**
 * "What would it take?" in the worker (issue 15): a reader's question (a target, the levers
 * allowed, two of them to combine) answered for the committed scenario. About a thousand
 * model runs and a few Monte Carlo checks; the client keeps only the latest question's answer.
 */
import {
  SOLVE_LEVERS,
  cleanTarget,
  isSolveLever,
  normalizeScenario,
  whatItTakes,
  type Scenario,
  type SolveLever,
  type Target,
  type WhatItTakes,
} from '../model';

/** What the reader asks: the target, the levers allowed, and two to combine (or none). */
export interface Question {
  readonly target: Target;
  readonly levers: readonly SolveLever[];
  readonly pair: readonly [SolveLever, SolveLever] | null;
}

export interface SolveRequest {
  readonly type: 'solve';
  readonly id: number;
  readonly scenario: Scenario;
  readonly question: Question;
}

export type SolveReply =
  | { readonly type: 'solved'; readonly id: number; readonly answer: WhatItTakes }
  | { readonly type: 'solve-error'; readonly id: number; readonly message: string };

/** The levers of a question that are levers, each once, in SOLVE_LEVERS order. */
const cleanLevers = (levers: readonly string[]): SolveLever[] =>
  SOLVE_LEVERS.filter((k) => levers.includes(k) && isSolveLever(k));

export function solve(request: SolveRequest): WhatItTakes {
  const s = normalizeScenario(request.scenario).scenario;
  const q = request.question;
  const target = cleanTarget(q.target);
  if (!target) throw new Error('invalid target');
  const pair = q.pair && cleanLevers(q.pair).length === 2 ? q.pair : null;
  return whatItTakes(s, target, cleanLevers(q.levers), pair);
}

/** The name of the performance measure each solve leaves (npm run bench:solve reads it in the worker). */
export const SOLVE_MEASURE = 'pledge-explorer:solve';

/** Handles one question: the reply is posted, never thrown. */
export function handleSolve(request: SolveRequest, post: (reply: SolveReply) => void): void {
  const start = performance.now();
  try {
    post({ type: 'solved', id: request.id, answer: solve(request) });
  } catch (e) {
    post({ type: 'solve-error', id: request.id, message: String(e) });
  }
  performance.measure(SOLVE_MEASURE, { start, end: performance.now() });
}
