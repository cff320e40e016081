/**
 * Japan's funding of selected projects (MODEL.md §4.2–4.3): each selection is decided on
 * its funding date (selection + lag); the accepted value is committed then, and the declined
 * value accumulates separately. (The annual cap limits cash paid out, not commitments: it
 * is applied to disbursements in pathSeries.)
 */
import { fundingDay, monthIndexOfDay } from './dates';
import type { PlannedSelection } from './programme';
import type { Scenario } from './scenario';

export interface Commitment {
  readonly day: number;
  readonly month: number;
  /** Index into SECTOR_IDS. */
  readonly sector: number;
  readonly valueUsdBn: number;
}

export interface FundingOutcome {
  readonly commitments: Commitment[];
  /** Declined value by decision month (increments). */
  readonly declinedByMonth: Float64Array;
  /** Selected value by selection month (increments). */
  readonly selectedByMonth: Float64Array;
  /** Selected value by sector (rows) and selection month (increments). */
  readonly selectedBySector: Float64Array[];
}

/**
 * @param acceptedShare Share of each selection Japan funds: 1 for a decided one (a fact),
 *   else the funding probability a in the deterministic run, 0 or 1 on a Monte Carlo path.
 * @param sectorCount Rows of `selectedBySector` to fill (0 skips them, as the Monte Carlo does).
 * @param reuse Buffers from an earlier call to overwrite instead of allocating (Monte Carlo).
 */
export function fundSelections(
  s: Scenario,
  monthCount: number,
  selections: readonly PlannedSelection[],
  acceptedShare: (selection: PlannedSelection) => number,
  sectorCount: number,
  reuse?: FundingOutcome,
): FundingOutcome {
  const selectedByMonth = reuse ? reuse.selectedByMonth.fill(0) : new Float64Array(monthCount);
  const declinedByMonth = reuse ? reuse.declinedByMonth.fill(0) : new Float64Array(monthCount);
  const selectedBySector = Array.from({ length: sectorCount }, () => new Float64Array(monthCount));
  const commitments: Commitment[] = reuse ? reuse.commitments : [];
  commitments.length = 0;
  for (const x of selections) {
    const month = monthIndexOfDay(x.day);
    selectedByMonth[month] = (selectedByMonth[month] ?? 0) + x.valueUsdBn;
    const row = selectedBySector[x.sector];
    if (row) row[month] = (row[month] ?? 0) + x.valueUsdBn;
    const day = fundingDay(x.day, s.fundingLagDays, s.lagRule);
    const decisionMonth = monthIndexOfDay(day);
    if (decisionMonth >= monthCount) continue; // decided after the horizon: never counted
    const accepted = x.valueUsdBn * acceptedShare(x);
    declinedByMonth[decisionMonth] =
      (declinedByMonth[decisionMonth] ?? 0) + x.valueUsdBn - accepted;
    if (accepted > 0)
      commitments.push({ day, month: decisionMonth, sector: x.sector, valueUsdBn: accepted });
  }
  return { commitments, declinedByMonth, selectedByMonth, selectedBySector };
}
