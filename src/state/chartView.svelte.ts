/**
 * How the reader has set the charts: the defaults' baseline on or off, and the months the
 * time charts share. Part of the view (in the link); one instance per app, by context.
 */
import { cleanRange, type TimeRange } from './timeRange';

export function createChartView(initial: { baseline: boolean; range: TimeRange }) {
  let baseline = $state(initial.baseline);
  let range = $state.raw(initial.range);
  return {
    get baseline() {
      return baseline;
    },
    setBaseline(on: boolean) {
      baseline = on;
    },
    get range() {
      return range;
    },
    /** Sets the months shown (clamped to the model's, in order, at least the shortest span). */
    setRange(next: TimeRange) {
      const clean = cleanRange(next.from, next.to);
      if (clean.from !== range.from || clean.to !== range.to) range = clean;
    },
  };
}

export type ChartView = ReturnType<typeof createChartView>;
