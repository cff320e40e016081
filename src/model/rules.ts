/**
 * Every rule a scenario obeys, written once: the range of each number, the dates, the rows of
 * the tables, the cross-field rules. normalizeScenario applies them to anything that comes in
 * (a link, a file) and reports what it changed; the transitions apply the same functions to
 * every edit, so the store can only hold a scenario normalizeScenario would leave unchanged.
 */
import { PARAMS, PERIOD_END, type ParamKey } from '../data/params';
import { SECTOR_IDS } from '../data/sectors';
import { dayFromIso } from './dates';
import { own } from './own';
import type { GoodsClass, HazardEvent, Selection, SectorId } from './scenario';

/** Longest name or label kept, in characters. */
export const MAX_TEXT_LENGTH = 120;
/** Most project or event rows kept. */
export const MAX_ROWS = 100;
/** Largest single project, US$ bn. */
export const MAX_ROW_VALUE_USD_BN = 1000;
/** Dates a project or an event may carry. */
export const ROW_DATES = { min: '2025-09-04', max: '2040-12-31' } as const;
/** An event multiplies the threat rate by at most this. */
export const MAX_EVENT_MULTIPLIER = 10;

/** A number as the parameter allows it: whole where it must be, within its range; -0 is 0. */
export function clampParam(key: ParamKey, value: number): number {
  const spec = PARAMS[key];
  if (!Number.isFinite(value)) return spec.default;
  const whole = 'integer' in spec && spec.integer ? Math.round(value) : value;
  const clamped = Math.min(spec.max, Math.max(spec.min, whole));
  return clamped === 0 ? 0 : clamped;
}

/** A real ISO date within [min, max] (clamped), or null when it is not a real date. */
export function clampDate(raw: unknown, min: string, max: string): string | null {
  if (typeof raw !== 'string' || !Number.isFinite(dayFromIso(raw))) return null;
  return raw < min ? min : raw > max ? max : raw;
}

/** The investment-period end as the range allows it. */
export const clampPeriodEnd = (raw: unknown): string | null =>
  clampDate(raw, PERIOD_END.min, PERIOD_END.max);

/** Text as it may be kept: control characters become spaces, trimmed, at most 120 characters. */
export function cleanText(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = Array.from(raw, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch))
    .join('')
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
  return text.length > 0 ? text : null;
}

const isSector = (x: unknown): x is SectorId =>
  typeof x === 'string' && (SECTOR_IDS as readonly string[]).includes(x);

/** A project row as the rules allow it, or null when it cannot be kept. */
export function cleanSelection(raw: unknown, fallbackId: string): Selection | null {
  const date = own(raw, 'date');
  const sector = own(raw, 'sector');
  const value = own(raw, 'valueUsdBn');
  const name = cleanText(own(raw, 'name'));
  const id = cleanText(own(raw, 'id')) ?? fallbackId;
  if (typeof date !== 'string' || clampDate(date, ROW_DATES.min, ROW_DATES.max) !== date)
    return null;
  if (!isSector(sector) || name === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (value <= 0 || value > MAX_ROW_VALUE_USD_BN) return null;
  return { id, date, name, sector, valueUsdBn: value };
}

/** A dated event as the rules allow it, or null when it cannot be kept. */
export function cleanEvent(raw: unknown, fallbackId: string): HazardEvent | null {
  const start = own(raw, 'start');
  const end = own(raw, 'end');
  const multiplier = own(raw, 'multiplier');
  const enabled = own(raw, 'enabled');
  const label = cleanText(own(raw, 'label'));
  const id = cleanText(own(raw, 'id')) ?? fallbackId;
  if (clampDate(start, ROW_DATES.min, ROW_DATES.max) !== start) return null;
  if (clampDate(end, ROW_DATES.min, ROW_DATES.max) !== end) return null;
  if (typeof start !== 'string' || typeof end !== 'string' || end < start) return null;
  if (typeof multiplier !== 'number' || !Number.isFinite(multiplier)) return null;
  if (multiplier < 0 || multiplier > MAX_EVENT_MULTIPLIER) return null;
  if (typeof enabled !== 'boolean' || label === null) return null;
  return { id, label, start, end, multiplier: multiplier === 0 ? 0 : multiplier, enabled };
}

/** `wanted`, or `wanted-2`, `wanted-3`, ... : the first not in `taken`. */
export function uniqueId(taken: ReadonlySet<string>, wanted: string): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

/** A goods-class rate: a finite fraction from 0 to 1 (-0 is 0), or null. */
export function cleanRate(raw: unknown): number | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return null;
  const clamped = Math.min(1, Math.max(0, raw));
  return clamped === 0 ? 0 : clamped;
}

/** The cross-field rule of the tariff side: a penalty never lowers a class's rate. */
export function penaltyAtLeastNow(c: GoodsClass): GoodsClass {
  return c.ratePenalty >= c.rateNow ? c : { ...c, ratePenalty: c.rateNow };
}

/** The sectors the cap exempts: known ids, once each, in SECTOR_IDS order. */
export function cleanCapExempt(raw: readonly unknown[]): SectorId[] {
  return SECTOR_IDS.filter((id) => raw.includes(id));
}
