/**
 * The span of months the time charts share (issue 15), kept in the link as
 * `t=2025-09..2029-12`: read leniently (months clamped to the model's, put in order, at least
 * MIN_RANGE_MONTHS long), written only when it is not the default.
 */
import { FIRST_MONTH, LAST_MONTH } from '../data/deal';
import { monthIndexOfLabel, monthLabel } from '../model';

/** First and last month shown, 'YYYY-MM', inclusive. */
export interface TimeRange {
  readonly from: string;
  readonly to: string;
}

/** The shortest span the charts show, in months. */
export const MIN_RANGE_MONTHS = 6;
export const RANGE_FIRST = FIRST_MONTH;
export const RANGE_LAST = LAST_MONTH;
const FIRST = monthIndexOfLabel(RANGE_FIRST);
const LAST = monthIndexOfLabel(RANGE_LAST);

/** The presets, in the order the control offers them. */
export const RANGE_PRESETS = ['deadline', 'to2030', 'whole'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The range a preset stands for; "to the deadline" ends in the month holding it. */
export function presetRange(preset: RangePreset, periodEnd: string): TimeRange {
  if (preset === 'whole') return { from: RANGE_FIRST, to: RANGE_LAST };
  if (preset === 'to2030') return { from: RANGE_FIRST, to: '2030-12' };
  return cleanRange(RANGE_FIRST, periodEnd.slice(0, 7));
}

/** The default: from the MOU to the end of 2030 (the deadline, the term's end and a year after). */
export const DEFAULT_RANGE: TimeRange = Object.freeze(presetRange('to2030', ''));

export const sameRange = (a: TimeRange, b: TimeRange): boolean =>
  a.from === b.from && a.to === b.to;

/** Month index (0 = the MOU's month) of a range's end. */
export const rangeIndex = (month: string): number => monthIndexOfLabel(month);

/**
 * A range from two month indexes: each within the model's months, in order, at least
 * MIN_RANGE_MONTHS long (the end moves out, or the start back where the end cannot).
 */
export function rangeFromIndexes(a: number, b: number): TimeRange {
  const clamp = (i: number) => Math.min(LAST, Math.max(FIRST, Math.round(i)));
  let from = clamp(Math.min(a, b));
  let to = clamp(Math.max(a, b));
  if (to - from + 1 < MIN_RANGE_MONTHS) {
    to = Math.min(LAST, from + MIN_RANGE_MONTHS - 1);
    from = Math.min(from, to - MIN_RANGE_MONTHS + 1);
  }
  return { from: monthLabel(from), to: monthLabel(to) };
}

export const cleanRange = (from: string, to: string): TimeRange =>
  rangeFromIndexes(rangeIndex(from), rangeIndex(to));

export const formatRange = (r: TimeRange): string => `${r.from}..${r.to}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month typed or linked as 'YYYY-MM', or null. */
export const parseMonth = (text: string): string | null =>
  MONTH.test(text.trim()) ? text.trim() : null;

/**
 * Reads `2025-09..2029-12`. Null when it cannot be read; `adjusted` when it had to be
 * clamped, put in order or widened to be shown.
 */
export function parseRange(text: string): { range: TimeRange; adjusted: boolean } | null {
  const [a, b, ...rest] = text.split('..');
  const from = parseMonth(a ?? '');
  const to = parseMonth(b ?? '');
  if (!from || !to || rest.length > 0) return null;
  const range = cleanRange(from, to);
  return { range, adjusted: range.from !== from || range.to !== to };
}
