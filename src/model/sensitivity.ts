/**
 * Which assumptions move the headline outcomes most (issue 7's tornado): each numeric input
 * taken to the low and the high end of its documented range, the others held, sorted by the
 * width of the swing. The Monte Carlo settings (paths, seed) do not move the deterministic
 * outcomes and are left out.
 */
import { PARAMS, PARAM_KEYS, type ParamKey } from '../data/params';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import type { Outcome } from './compare';

export interface Swing {
  readonly input: ParamKey;
  /** Outcome with the input at its minimum and at its maximum. */
  readonly low: number;
  readonly high: number;
}

const SWEPT = PARAM_KEYS.filter((k) => k !== 'mcPaths' && k !== 'mcSeed');

export function sensitivity(s: Scenario, outcome: Outcome): { base: number; swings: Swing[] } {
  const at = (key: ParamKey, value: number) => simulate({ ...s, [key]: value }).summary[outcome];
  const swings = SWEPT.map((input) => ({
    input,
    low: at(input, PARAMS[input].min),
    high: at(input, PARAMS[input].max),
  }));
  swings.sort((x, y) => Math.abs(y.high - y.low) - Math.abs(x.high - x.low));
  return { base: simulate(s).summary[outcome], swings };
}
