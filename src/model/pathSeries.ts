/**
 * Monthly cumulative series of one path through the programme (MODEL.md §4.3–4.6):
 * selected, committed, credited, disbursed and declined. Used by the deterministic run and
 * by every Monte Carlo path. Disbursed is cash out of Japan: equity on the funding date plus
 * loans drawn on the sector's profile; an annual cap limits that cash (not commitments): a
 * capped payment waits for the next calendar year's room, except in exempt sectors.
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
  /** Cash out of Japan: equity on the funding date plus loans drawn, within the cap. */
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
  /** Month-on-month change of the loans' draw rate: capped sectors, then exempt ones. */
  readonly cappedRateDiff: Float64Array;
  readonly freeRateDiff: Float64Array;
  /** Commitments in capped sectors by month (increments). */
  readonly cappedCommitted: Float64Array;
}

export function createPathBuffers(monthCount: number): PathBuffers {
  const make = () => new Float64Array(monthCount);
  return {
    selected: make(),
    committed: make(),
    credited: make(),
    disbursed: make(),
    declined: make(),
    cappedRateDiff: make(),
    freeRateDiff: make(),
    cappedCommitted: make(),
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
  const capUsdBn = s.annualCapUsdBn;
  const capped = SECTOR_IDS.map((id) => capUsdBn > 0 && !s.capExempt.includes(id));
  const committed = into.committed.fill(0);
  const cappedRateDiff = into.cappedRateDiff.fill(0);
  const freeRateDiff = into.freeRateDiff.fill(0);
  const cappedCommitted = into.cappedCommitted.fill(0);
  const cf = creditFactor(s);
  let byDeadline = 0;
  let committedSettles = 0;
  let drawsEnd = 0;
  for (const c of f.commitments) {
    const profile = PROFILES[c.sector] ?? [];
    const isCapped = capped[c.sector] === true;
    committed[c.month] = (committed[c.month] ?? 0) + c.valueUsdBn;
    if (isCapped) cappedCommitted[c.month] = (cappedCommitted[c.month] ?? 0) + c.valueUsdBn;
    addDrawdown(
      isCapped ? cappedRateDiff : freeRateDiff,
      c.month,
      c.valueUsdBn * s.mix.loans,
      profile,
    );
    if (c.day <= tl.periodEndDay) byDeadline += c.valueUsdBn;
    committedSettles = Math.max(committedSettles, c.month);
    drawsEnd = Math.max(drawsEnd, Math.min(n - 1, c.month + 12 * profile.length));
  }
  // Selected and declined may change until the last decision; everything is flat after.
  let active = drawsEnd;
  for (let t = n - 1; t > active; t--) {
    if ((f.selectedByMonth[t] ?? 0) !== 0 || (f.declinedByMonth[t] ?? 0) !== 0) active = t;
  }
  const { selected, declined, disbursed, credited } = into;
  const equity = s.mix.equity;
  let freeRate = 0;
  let cappedRate = 0;
  let c = 0;
  let dsb = 0;
  let sel = 0;
  let dec = 0;
  let room = capUsdBn;
  let waiting = 0; // capped cash owed but not yet paid
  let disbursedSettles = 0;
  let t = 0;
  for (; t < n && (t <= active || waiting > 1e-12); t++) {
    const committedNow = committed[t] ?? 0;
    const cappedNow = cappedCommitted[t] ?? 0;
    freeRate += freeRateDiff[t] ?? 0;
    cappedRate += cappedRateDiff[t] ?? 0;
    let paid = (committedNow - cappedNow) * equity + freeRate;
    if (capUsdBn > 0) {
      if (tl.yearStarts[t]) room = capUsdBn;
      waiting += cappedNow * equity + cappedRate;
      const pay = Math.min(waiting, room);
      room -= pay;
      waiting -= pay;
      paid += pay;
    }
    if (paid > 1e-12) disbursedSettles = t;
    c += committedNow;
    dsb += paid;
    sel += f.selectedByMonth[t] ?? 0;
    dec += f.declinedByMonth[t] ?? 0;
    committed[t] = c;
    credited[t] = c * cf;
    disbursed[t] = dsb;
    selected[t] = sel;
    declined[t] = dec;
  }
  selected.fill(sel, t);
  committed.fill(c, t);
  credited.fill(c * cf, t);
  disbursed.fill(dsb, t);
  declined.fill(dec, t);
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
