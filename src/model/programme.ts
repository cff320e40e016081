/**
 * Which projects get selected, and when (MODEL.md §0 and §2 "Pace"): the announced
 * selections, then future ones at the scenario's pace and sector mix, from the month after
 * the data's as-of month until projected credit reaches the pledge or the period ends.
 * Nothing is projected into the past.
 */
import { SECTOR_IDS } from '../data/sectors';
import { dayFromIso, firstDayOfMonth, fundingDay, monthIndexOfDay } from './dates';
import type { Scenario } from './scenario';
import type { Timeline } from './timeline';

export interface PlannedSelection {
  /** Selection (announcement) day number. */
  readonly day: number;
  /** Index into SECTOR_IDS. */
  readonly sector: number;
  readonly valueUsdBn: number;
  /**
   * Decided (funded) on or before the end of history: a fact, the same on every path. No
   * refusal has been reported, so a decided selection counts as funded (MODEL.md §0).
   */
  readonly decided: boolean;
}

/** Deterministic future selections are dated mid-month (the 15th). */
const MID_MONTH_OFFSET_DAYS = 14;

/** Share of a selection's value that counts toward the pledge if Japan funds it. */
export function creditFactor(s: Scenario): number {
  return s.mix.equity + s.mix.loans + s.mix.guarantees * s.guaranteeCreditWeight;
}

/** The share of a selection Japan funds in the deterministic run: 1 for a fact, else a. */
export const expectedAccepted = (x: PlannedSelection, fundProb: readonly number[]): number =>
  x.decided ? 1 : (fundProb[x.sector] ?? 0);

/** The announced selections that count, in date order (those inside the horizon). */
export function announcedSelections(s: Scenario, tl: Timeline): PlannedSelection[] {
  if (!s.includeAnnounced) return [];
  const out: PlannedSelection[] = [];
  for (const row of s.selections) {
    const day = dayFromIso(row.date);
    const month = monthIndexOfDay(day);
    if (!Number.isFinite(day) || month < 0 || month >= tl.months.length) continue;
    const decided = fundingDay(day, s.fundingLagDays, s.lagRule) <= tl.historyEndDay;
    out.push({ day, sector: SECTOR_IDS.indexOf(row.sector), valueUsdBn: row.valueUsdBn, decided });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** Month index where future selections start: the month after the data's as-of month. */
export const futureStartMonth = (tl: Timeline): number => tl.asOfMonth + 1;

/** Pledge left to credit after the announced selections, at their expected funding. */
export function remainingCredit(
  s: Scenario,
  announced: readonly PlannedSelection[],
  fundProb: readonly number[],
): number {
  const cf = creditFactor(s);
  return announced.reduce(
    (left, x) => left - x.valueUsdBn * expectedAccepted(x, fundProb) * cf,
    s.pledgeUsdBn,
  );
}

/** The deterministic plan: announced selections, then pace/12 a month split by sector mix. */
export function plannedSelections(
  s: Scenario,
  tl: Timeline,
  fundProb: readonly number[],
): PlannedSelection[] {
  const announced = announcedSelections(s, tl);
  const plan = [...announced];
  const cf = creditFactor(s);
  const monthlyUsdBn = s.paceUsdBnPerYear / 12;
  let left = remainingCredit(s, announced, fundProb);
  for (let m = futureStartMonth(tl); m < tl.months.length && left > 1e-9; m++) {
    const day = firstDayOfMonth(m) + MID_MONTH_OFFSET_DAYS;
    if (day > tl.periodEndDay || monthlyUsdBn <= 0) break;
    let projected = 0;
    SECTOR_IDS.forEach(
      (id, k) => (projected += monthlyUsdBn * s.sectors[id] * (fundProb[k] ?? 0) * cf),
    );
    const scale = projected > left ? left / projected : 1;
    SECTOR_IDS.forEach((id, k) => {
      const value = monthlyUsdBn * s.sectors[id] * scale;
      if (value > 0) plan.push({ day, sector: k, valueUsdBn: value, decided: false });
    });
    left -= projected * scale;
  }
  return plan;
}
