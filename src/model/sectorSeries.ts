/**
 * The deterministic run's detail series (MODEL.md §4.4–4.5, §6): committed by sector (its
 * exposure, which no view shows, is src/model/exposure.ts).
 */
import { SECTOR_IDS } from '../data/sectors';
import { cumulate } from './cumulate';
import type { Commitment } from './funding';

/** Rows by SECTOR_IDS order: US$ bn committed in each month (not cumulative). */
export function committedByMonth(
  monthCount: number,
  commitments: readonly Commitment[],
): Float64Array[] {
  const rows = SECTOR_IDS.map(() => new Float64Array(monthCount));
  for (const c of commitments) {
    const row = rows[c.sector];
    if (row) row[c.month] = (row[c.month] ?? 0) + c.valueUsdBn;
  }
  return rows;
}

/** Rows by SECTOR_IDS order; cumulative US$ bn committed by month. */
export function committedBySector(
  monthCount: number,
  commitments: readonly Commitment[],
): Float64Array[] {
  return committedByMonth(monthCount, commitments).map(cumulate);
}
