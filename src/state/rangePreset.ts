/** The preset a time range matches (timeRange.ts): what the range control shows as chosen. */
import {
  RANGE_PRESETS,
  presetRange,
  sameRange,
  type RangePreset,
  type TimeRange,
} from './timeRange';

/** The preset a range matches, or null (a range of the reader's own). */
export function presetOf(range: TimeRange, periodEnd: string): RangePreset | null {
  return RANGE_PRESETS.find((p) => sameRange(presetRange(p, periodEnd), range)) ?? null;
}
