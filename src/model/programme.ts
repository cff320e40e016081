/**
 * Which projects get selected, and when (MODEL.md §2 "Pace"): the announced selections,
 * then future ones at the scenario's pace and sector mix, from the month after the last
 * announced one until projected credit reaches the pledge or the investment period ends.
 */
import { SECTOR_IDS } from '../data/sectors';
import { dayFromIso, firstDayOfMonth, monthIndexOfDay } from './dates';
import type { Scenario } from './scenario';
import type { Timeline } from './timeline';

export interface PlannedSelection {
  /** Selection (announcement) day number. */
  readonly day: number;
  /** Index into SECTOR_IDS. */
  readonly sector: number;
  readonly valueUsdBn: number;
}

/** Deterministic future selections are dated mid-month (the 15th). */
const MID_MONTH_OFFSET_DAYS = 14;

/** Share of a selection's value that counts toward the pledge if Japan funds it. */
export function creditFactor(s: Scenario): number {
  return s.mix.equity + s.mix.loans + s.mix.guarantees * s.guaranteeCreditWeight;
}

/** The announced selections that count, in date order (those inside the horizon). */
export function announcedSelections(s: Scenario, tl: Timeline): PlannedSelection[] {
  if (!s.includeAnnounced) return [];
  const out: PlannedSelection[] = [];
  for (const row of s.selections) {
    const day = dayFromIso(row.date);
    const month = monthIndexOfDay(day);
    if (!Number.isFinite(day) || month < 0 || month >= tl.months.length) continue;
    out.push({ day, sector: SECTOR_IDS.indexOf(row.sector), valueUsdBn: row.valueUsdBn });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** Month index where future selections start: after the last announced one (or the MOU). */
export function futureStartMonth(announced: readonly PlannedSelection[], tl: Timeline): number {
  const last =
    announced.length > 0 ? (announced[announced.length - 1]?.day ?? tl.mouDay) : tl.mouDay;
  return monthIndexOfDay(last) + 1;
}

/** Pledge left to credit after the announced selections, at their funding probabilities. */
export function remainingCredit(
  s: Scenario,
  announced: readonly PlannedSelection[],
  fundProb: readonly number[],
): number {
  const cf = creditFactor(s);
  return announced.reduce(
    (left, x) => left - x.valueUsdBn * (fundProb[x.sector] ?? 0) * cf,
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
  for (let m = futureStartMonth(announced, tl); m < tl.months.length && left > 1e-9; m++) {
    const day = firstDayOfMonth(m) + MID_MONTH_OFFSET_DAYS;
    if (day > tl.periodEndDay || monthlyUsdBn <= 0) break;
    let projected = 0;
    SECTOR_IDS.forEach(
      (id, k) => (projected += monthlyUsdBn * s.sectors[id] * (fundProb[k] ?? 0) * cf),
    );
    const scale = projected > left ? left / projected : 1;
    SECTOR_IDS.forEach((id, k) => {
      const value = monthlyUsdBn * s.sectors[id] * scale;
      if (value > 0) plan.push({ day, sector: k, valueUsdBn: value });
    });
    left -= projected * scale;
  }
  return plan;
}
