/**
 * Comparing two scenarios (issue 7): which inputs differ, and how much each one moved an
 * outcome. Attribution uses Shapley values: each input's average marginal effect over every
 * order in which the differences could be applied, so the contributions add up exactly to
 * the total change and an input that never affects the outcome gets exactly zero.
 */
import { PARAM_KEYS } from '../data/params';
import { createRng } from './rng';
import { exactShapley } from './shapley';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import type { Summary } from './summary';

/** The inputs compared one by one: every numeric parameter, and each structured input whole. */
export const COMPARED_INPUTS = [
  ...PARAM_KEYS,
  'periodEnd',
  'lagRule',
  'includeAnnounced',
  'mix',
  'sectors',
  'capExempt',
  'goods',
  'selections',
  'events',
] as const satisfies readonly (keyof Scenario)[];
export type ComparedInput = (typeof COMPARED_INPUTS)[number];

export interface InputDiff {
  readonly input: ComparedInput;
  readonly from: Scenario[ComparedInput];
  readonly to: Scenario[ComparedInput];
}

export type Outcome = Extract<
  keyof Summary,
  'creditedByDeadline' | 'pReimposedByDeadline' | 'monthsBehindPace' | 'expectedDutiesUsdBn'
>;

export interface Contribution {
  readonly input: ComparedInput;
  /** Change in the outcome attributed to this input (outcome units). */
  readonly contribution: number;
}

const same = (x: unknown, y: unknown): boolean =>
  x === y || JSON.stringify(x) === JSON.stringify(y);

/** The inputs whose values differ between `a` and `b`, in a fixed order. */
export function diffScenarios(a: Scenario, b: Scenario): InputDiff[] {
  return COMPARED_INPUTS.filter((k) => !same(a[k], b[k])).map((input) => ({
    input,
    from: a[input],
    to: b[input],
  }));
}

/** Most differing inputs attributed exactly (2^10 = 1,024 model runs). */
export const EXACT_LIMIT = 10;

/** `a` with the differing inputs listed in `members` (indexes into `diffs`) taken from `b`. */
function blend(a: Scenario, diffs: readonly InputDiff[], members: Iterable<number>): Scenario {
  const out: Record<string, unknown> = { ...a };
  for (const i of members) {
    const d = diffs[i];
    if (d) out[d.input] = d.to;
  }
  return out as unknown as Scenario;
}

const membersOf = (mask: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));

/**
 * Above the exact limit: the average over `permutations` random orders (seeded, so the
 * same pair always gives the same answer). Every order's marginal effects add up to the
 * total change, so their average does too.
 */
function sampledShapley(
  value: (members: readonly number[]) => number,
  n: number,
  permutations: number,
  seed: number,
): number[] {
  const rng = createRng(seed);
  const phi = new Array<number>(n).fill(0);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let p = 0; p < permutations; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const members: number[] = [];
    let before = value(members);
    for (const i of order) {
      members.push(i);
      const after = value(members);
      phi[i] = (phi[i] ?? 0) + (after - before) / permutations;
      before = after;
    }
  }
  return phi;
}

/**
 * One contribution per differing input to the change in `outcome` from `a` to `b`; they
 * add up to outcome(b) - outcome(a). Exact Shapley values for at most EXACT_LIMIT
 * differing inputs, seeded permutation sampling above that.
 */
export function attribute(
  a: Scenario,
  b: Scenario,
  outcome: Outcome,
  permutations = 64,
): Contribution[] {
  return attributions(a, b, [outcome], permutations)[outcome];
}

/**
 * The attribution for several outcomes at once: each blend of A and B is simulated once and
 * read for every outcome (the same numbers as `attribute` for each, half the work for two).
 */
export function attributions<O extends Outcome>(
  a: Scenario,
  b: Scenario,
  outcomes: readonly O[],
  permutations = 64,
): Record<O, Contribution[]> {
  const diffs = diffScenarios(a, b);
  const n = diffs.length;
  const runs = new Map<string, Summary>();
  const summary = (members: readonly number[]): Summary => {
    const key = [...members].sort((x, y) => x - y).join(',');
    let found = runs.get(key);
    if (!found) {
      found = simulate(blend(a, diffs, members)).summary;
      runs.set(key, found);
    }
    return found;
  };
  const out = {} as Record<O, Contribution[]>;
  for (const outcome of outcomes) {
    if (n === 0) {
      out[outcome] = [];
      continue;
    }
    const value = (members: readonly number[]) => summary(members)[outcome];
    const phi =
      n <= EXACT_LIMIT
        ? exactShapley((mask) => value(membersOf(mask, n)), n)
        : sampledShapley(value, n, permutations, 550);
    out[outcome] = diffs.map((d, i) => ({ input: d.input, contribution: phi[i] ?? 0 }));
  }
  return out;
}
