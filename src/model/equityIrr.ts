/**
 * Japan's equity IRR under the MOU's cash-flow split (MODEL.md §4, "Japan's equity IRR"):
 * 50/50 until Japan's deemed balance is repaid, then 90% US / 10% Japan.
 */
import { annuity } from './annuity';
import { kept } from './kept';

export interface EquityIrrInput {
  /** The project's own IRR, annual (0.10 = 10%). */
  projectIrr: number;
  /** Operating years N. */
  lifeYears: number;
  /** Construction years T before the first cash flow. */
  constructionYears: number;
  /** Deemed-allocation rate, annual: SOFR + spread. */
  deemedRate: number;
}

export interface EquityIrrResult {
  /** Japan's IRR on its equity, annual. */
  irr: number;
  /** C: the project's level cash flow per unit invested. */
  cashFlowPerUnit: number;
  /**
   * Year, counted from the investment at year 0 (construction years included), in which the
   * 90/10 split first applies; null if it never does.
   */
  firstSplitYear: number | null;
}

/** Japan's receipts in each operating year, per unit invested at year 0. */
export function japanReceipts(input: EquityIrrInput): {
  receipts: number[];
  cashFlowPerUnit: number;
  firstSplitYear: number | null;
} {
  const { projectIrr: r, lifeYears: n, constructionYears: t, deemedRate } = input;
  // C = (1 + r)^T x annuity(r, N): the level flow that gives the project its own IRR r.
  const c = Math.pow(1 + r, t) * annuity(r, n);
  let balance = Math.pow(1 + deemedRate, t);
  let firstSplitYear: number | null = null;
  const receipts: number[] = [];
  for (let year = 1; year <= n; year++) {
    balance *= 1 + deemedRate;
    const phase1 = Math.min(c / 2, balance);
    balance -= phase1;
    const rest = c - 2 * phase1;
    if (rest > 1e-12 && firstSplitYear === null) firstSplitYear = t + year;
    receipts.push(phase1 + 0.1 * rest);
  }
  return { receipts, cashFlowPerUnit: c, firstSplitYear };
}

/** Net present value of -1 at year 0 and `receipts` at years T+1 ... T+N. */
function npv(rate: number, receipts: readonly number[], t: number): number {
  let pv = -1;
  const base = 1 / (1 + rate);
  let discount = Math.pow(base, t);
  for (const x of receipts) {
    discount *= base;
    pv += x * discount;
  }
  return pv;
}

/**
 * The last results, by input: a central path asks for each sector's IRR, and a drag of any
 * input but the IRR shift or the deemed rate asks the same again (a bisection of up to 100
 * steps, each an NPV over the project's life, was a ninth of a central path's time).
 */
/** Japan's equity IRR, found by bisection on the NPV (monotone in the rate). */
export const japanEquityIrr = kept(equityKey, solveEquityIrr, 256);

/** The four numbers an equity project's IRR and split depend on. */
export function equityKey(input: EquityIrrInput): string {
  return `${input.projectIrr} ${input.lifeYears} ${input.constructionYears} ${input.deemedRate}`;
}

function solveEquityIrr(input: EquityIrrInput): EquityIrrResult {
  const { receipts, cashFlowPerUnit, firstSplitYear } = japanReceipts(input);
  let lo = -0.99;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (npv(mid, receipts, input.constructionYears) > 0) lo = mid;
    else hi = mid;
  }
  return { irr: (lo + hi) / 2, cashFlowPerUnit, firstSplitYear };
}
