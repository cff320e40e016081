/**
 * The MOU's cash split for one equity project, year by year (MODEL.md §4, "Japan's equity
 * IRR"): cash to Japan and to the US per unit invested, 50/50 until Japan's deemed balance is
 * repaid, then 90/10 for the US; the year the 90/10 split starts, and, when it never does
 * within the project's life, the project IRR at which it would.
 */
import { equityInput } from './economics';
import { equityKey, japanReceipts, type EquityIrrInput } from './equityIrr';
import { kept } from './kept';
import type { Scenario, SectorId } from './scenario';

export interface EquityCashSplit {
  /** Project years counted from the investment (construction years included). */
  readonly years: readonly number[];
  /** Cash per unit invested in each year, to Japan and to the US. */
  readonly japan: readonly number[];
  readonly us: readonly number[];
  /** The project year the 90/10 split first applies; null if it never does. */
  readonly firstSplitYear: number | null;
  /** The project IRR the sector's project would need for the 90/10 split to start; null if it starts. */
  readonly irrForSplit: number | null;
}

/** Highest project IRR searched when solving for the split, annual. */
const MAX_IRR = 1;

/**
 * The last splits, by their inputs: the split depends on four numbers of the scenario and the
 * sector, so a change of anything else (every step of a drag of the pace) gives back the same
 * split, object and all, and the chart drawn from it is left as it is (it had redrawn each of
 * its bars at every step, and solved for `irrForSplit` again).
 */
const splitOf = kept(equityKey, solveSplit, 64);

export function equityCashSplit(s: Scenario, sector: SectorId): EquityCashSplit {
  return splitOf(equityInput(s, sector));
}

function solveSplit(input: EquityIrrInput): EquityCashSplit {
  const { receipts, cashFlowPerUnit, firstSplitYear } = japanReceipts(input);
  const years = receipts.map((_, i) => input.constructionYears + i + 1);
  const splits = (r: number) => japanReceipts({ ...input, projectIrr: r }).firstSplitYear !== null;
  let irrForSplit: number | null = null;
  if (firstSplitYear === null && splits(MAX_IRR)) {
    // Bisection: a higher IRR pays a larger level cash flow and repays the balance sooner.
    let lo = input.projectIrr;
    let hi = MAX_IRR;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (splits(mid)) hi = mid;
      else lo = mid;
    }
    irrForSplit = hi;
  }
  // (Shared by every caller with these inputs: its arrays are frozen too.)
  return {
    years: Object.freeze(years),
    japan: Object.freeze(receipts),
    us: Object.freeze(receipts.map((j) => cashFlowPerUnit - j)),
    firstSplitYear,
    irrForSplit,
  };
}
