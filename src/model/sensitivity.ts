/**
 * Which assumptions move the answers most (the tornado, MODEL.md [v2]): each input with a
 * plausible range (src/data: sourced, or a labelled assumption) taken to the low and the high
 * end of that range, the others held; sorted by the width of the swing. The numeric inputs
 * and each goods class's penalty rate are swept; terms of the deal and display settings have
 * no plausible range and are not.
 */
import { PARAM_KEYS, type ParamKey } from '../data/params';
import { PLAUSIBLE } from '../data/plausible';
import { GOODS_CLASSES, GOODS_IDS, type GoodsId } from '../data/goods';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import type { Outcome } from './compare';

/** A swept input: a numeric parameter, or a goods class's rate under a penalty. */
export type SweptInput = ParamKey | `goods.${GoodsId}`;

export interface Swing {
  readonly input: SweptInput;
  /** The input's swept values. */
  readonly lowValue: number;
  readonly highValue: number;
  /** Outcome with the input at its low and at its high value. */
  readonly low: number;
  readonly high: number;
}

const SWEPT_PARAMS = PARAM_KEYS.filter((k) => PLAUSIBLE[k] !== undefined);

/** The scenario with one swept input set to `value` (a penalty never below the rate now). */
function withInput(s: Scenario, input: SweptInput, value: number): Scenario {
  if (!input.startsWith('goods.')) return { ...s, [input]: value };
  const id = input.slice('goods.'.length) as GoodsId;
  const c = s.goods[id];
  return { ...s, goods: { ...s.goods, [id]: { ...c, ratePenalty: Math.max(value, c.rateNow) } } };
}

/** Each swept input's plausible range. */
export function plausibleRanges(): { input: SweptInput; low: number; high: number }[] {
  return [
    ...SWEPT_PARAMS.map((input) => ({ input, ...PLAUSIBLE[input]! })),
    ...GOODS_IDS.map((id) => ({
      input: `goods.${id}` as const,
      ...GOODS_CLASSES[id].plausiblePenalty,
    })),
  ];
}

export function sensitivity(s: Scenario, outcome: Outcome): { base: number; swings: Swing[] } {
  return sensitivities(s, [outcome])[outcome];
}

/**
 * The sweep for several outcomes at once: each swept value is simulated once and read for
 * every outcome (the same numbers as `sensitivity` for each, a third of the work for three).
 */
export function sensitivities<O extends Outcome>(
  s: Scenario,
  outcomes: readonly O[],
): Record<O, { base: number; swings: Swing[] }> {
  const runs = plausibleRanges().map(({ input, low, high }) => ({
    input,
    low,
    high,
    atLow: simulate(withInput(s, input, low)).summary,
    atHigh: simulate(withInput(s, input, high)).summary,
  }));
  const base = simulate(s).summary;
  const out = {} as Record<O, { base: number; swings: Swing[] }>;
  for (const outcome of outcomes) {
    const swings = runs.map(({ input, low, high, atLow, atHigh }) => ({
      input,
      lowValue: low,
      highValue: high,
      low: atLow[outcome],
      high: atHigh[outcome],
    }));
    swings.sort((x, y) => Math.abs(y.high - y.low) - Math.abs(x.high - x.low));
    out[outcome] = { base: base[outcome], swings };
  }
  return out;
}
