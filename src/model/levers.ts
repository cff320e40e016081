/**
 * The levers "what would it take" may move (issue 15): the inputs a party to the deal
 * controls, not the assumptions about the world. Washington sets the pace of selections and
 * how it counts guarantees; Tokyo sets the margin it asks, the loan spread and the guarantee
 * fee it charges, and how fast it decides (the funding lag).
 */
import { PARAMS, type ParamKey, type ParamSpec } from '../data/params';
import { PLAUSIBLE } from '../data/plausible';

export const SOLVE_LEVERS = [
  'paceUsdBnPerYear',
  'guaranteeCreditWeight',
  'requiredMarginAnnual',
  'loanSpreadAnnual',
  'guaranteeFeeAnnual',
  'fundingLagDays',
] as const satisfies readonly ParamKey[];
export type SolveLever = (typeof SOLVE_LEVERS)[number];

export const isSolveLever = (key: string): key is SolveLever =>
  (SOLVE_LEVERS as readonly string[]).includes(key);

/**
 * What one unit of change is for a lever: the width of its plausible range (sourced, or a
 * labelled assumption), else of its whole range. Changes to different levers are compared,
 * and combined, in these units.
 */
export function leverScale(key: SolveLever): number {
  const spec: ParamSpec = PARAMS[key];
  const range = PLAUSIBLE[key];
  const width = range ? range.high - range.low : 0;
  return width > 0 ? width : spec.max - spec.min;
}

/** Decimals of a lever's step (0.0005 → 4), so values land on the slider's grid exactly. */
const decimals = (step: number): number => Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));

/**
 * `value` moved onto the lever's step grid, away from `from` (so a value that reaches a
 * target still does), within the lever's range.
 */
export function snapAway(key: SolveLever, value: number, from: number): number {
  const { min, max, step } = PARAMS[key];
  const k = (value - min) / step;
  const whole = value > from ? Math.ceil(k - 1e-9) : Math.floor(k + 1e-9);
  const snapped = Number((min + whole * step).toFixed(decimals(step)));
  return Math.min(max, Math.max(min, snapped));
}
