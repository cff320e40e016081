/**
 * Monthly cumulative series of one path through the programme (MODEL.md §4.3–4.6):
 * selected, committed, credited, disbursed and declined. Used by the deterministic run and
 * by every Monte Carlo path.
 */
import { SECTORS, SECTOR_IDS } from '../data/sectors';
import { addDrawdown } from './drawdown';
import type { FundingOutcome } from './funding';
import { creditFactor } from './programme';
import type { Scenario } from './scenario';
import type { Timeline } from './timeline';

export interface PathSeries {
  readonly selected: Float64Array;
  readonly committed: Float64Array;
  readonly credited: Float64Array;
  /** Cash out of Japan: equity on the funding date plus loans drawn. */
  readonly disbursed: Float64Array;
  readonly declined: Float64Array;
  /** Credited on or before the investment-period end (exact day), US$ bn. */
  readonly creditedByDeadlineUsdBn: number;
  /** Last month in which committed (and credited) changes; constant after it. */
  readonly committedSettles: number;
  /** Last month in which disbursed changes; constant after it. */
  readonly disbursedSettles: number;
}

export const PROFILES = SECTOR_IDS.map((id) => SECTORS[id].capexShareByYear);

/** Scratch space for `pathSeries`, reusable across Monte Carlo paths. */
export interface PathBuffers {
  readonly selected: Float64Array;
  readonly committed: Float64Array;
  readonly credited: Float64Array;
  readonly disbursed: Float64Array;
  readonly declined: Float64Array;
  readonly loanRateDiff: Float64Array;
}

export function createPathBuffers(monthCount: number): PathBuffers {
  const make = () => new Float64Array(monthCount);
  return {
    selected: make(),
    committed: make(),
    credited: make(),
    disbursed: make(),
    declined: make(),
    loanRateDiff: make(),
  };
}

/** @param into Buffers to overwrite (Monte Carlo); fresh ones by default. */
export function pathSeries(
  s: Scenario,
  tl: Timeline,
  f: FundingOutcome,
  into: PathBuffers = createPathBuffers(tl.months.length),
): PathSeries {
  const n = tl.months.length;
  const committed = into.committed.fill(0);
  const loanRateDiff = into.loanRateDiff.fill(0);
  const cf = creditFactor(s);
  let byDeadline = 0;
  let committedSettles = 0;
  let disbursedSettles = 0;
  for (const c of f.commitments) {
    const profile = PROFILES[c.sector] ?? [];
    committed[c.month] = (committed[c.month] ?? 0) + c.valueUsdBn;
    addDrawdown(loanRateDiff, c.month, c.valueUsdBn * s.mix.loans, profile);
    if (c.day <= tl.periodEndDay) byDeadline += c.valueUsdBn;
    committedSettles = Math.max(committedSettles, c.month);
    disbursedSettles = Math.max(disbursedSettles, Math.min(n - 1, c.month + 12 * profile.length));
  }
  // Selected and declined may change until the last decision; everything is flat after.
  let active = disbursedSettles;
  for (let t = n - 1; t > active; t--) {
    if ((f.selectedByMonth[t] ?? 0) !== 0 || (f.declinedByMonth[t] ?? 0) !== 0) active = t;
  }
  // Disbursed increments: equity paid at funding, plus the loans' monthly draw rate.
  const { selected, declined, disbursed, credited } = into;
  // One pass: the loans' draw rate, then every running sum.
  let rate = 0;
  let c = 0;
  let dsb = 0;
  let sel = 0;
  let dec = 0;
  for (let t = 0; t <= active; t++) {
    const committedNow = committed[t] ?? 0;
    rate += loanRateDiff[t] ?? 0;
    c += committedNow;
    dsb += committedNow * s.mix.equity + rate;
    sel += f.selectedByMonth[t] ?? 0;
    dec += f.declinedByMonth[t] ?? 0;
    committed[t] = c;
    credited[t] = c * cf;
    disbursed[t] = dsb;
    selected[t] = sel;
    declined[t] = dec;
  }
  selected.fill(sel, active + 1);
  committed.fill(c, active + 1);
  credited.fill(c * cf, active + 1);
  disbursed.fill(dsb, active + 1);
  declined.fill(dec, active + 1);
  return {
    selected,
    committed,
    credited,
    disbursed,
    declined,
    creditedByDeadlineUsdBn: byDeadline * cf,
    committedSettles,
    disbursedSettles,
  };
}
