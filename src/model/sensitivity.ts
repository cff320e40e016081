/**
 * Which assumptions move the headline outcomes most (the tornado, MODEL.md [v2]): each input
 * with a plausible range (src/data/params: sourced, or a labelled assumption) taken to the low
 * and the high end of that range, the others held; sorted by the width of the swing. Terms of
 * the deal and display settings have no plausible range and are not swept.
 */
import { PARAMS, PARAM_KEYS, type ParamKey, type ParamSpec } from '../data/params';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import type { Outcome } from './compare';

export interface Swing {
  readonly input: ParamKey;
  /** The input's swept values. */
  readonly lowValue: number;
  readonly highValue: number;
  /** Outcome with the input at its low and at its high value. */
  readonly low: number;
  readonly high: number;
}

const SWEPT = PARAM_KEYS.filter((k) => (PARAMS[k] as ParamSpec).plausible !== undefined);

export function sensitivity(s: Scenario, outcome: Outcome): { base: number; swings: Swing[] } {
  const at = (key: ParamKey, value: number) => simulate({ ...s, [key]: value }).summary[outcome];
  const swings = SWEPT.map((input) => {
    const { low, high } = (PARAMS[input] as ParamSpec).plausible!;
    return { input, lowValue: low, highValue: high, low: at(input, low), high: at(input, high) };
  });
  swings.sort((x, y) => Math.abs(y.high - y.low) - Math.abs(x.high - x.low));
  return { base: simulate(s).summary[outcome], swings };
}
