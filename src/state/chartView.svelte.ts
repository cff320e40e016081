/**
 * How the reader has set the charts: the defaults' baseline on or off, and the months the
 * time charts share. Part of the view (in the link); one instance per app, by context.
 */
import { cleanRange, type TimeRange } from './timeRange';

export function createChartView(initial: { baseline: boolean; range: TimeRange }) {
  let baseline = $state.raw(initial.baseline);
  let range = $state.raw(initial.range);
  /** The range the link shows: the range once a drag or an entry has ended. */
  let linkRange = $state.raw(initial.range);
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
    get linkRange() {
      return linkRange;
    },
    /**
     * Sets the months shown (clamped to the model's, in order, at least the shortest span);
     * `commit: false` mid-drag, so the link is written once, when the drag ends.
     */
    setRange(next: TimeRange, commit = true) {
      const clean = cleanRange(next.from, next.to);
      if (clean.from !== range.from || clean.to !== range.to) range = clean;
      if (commit) linkRange = range;
    },
    /** The drag has ended: the link takes the range shown. */
    commitRange() {
      linkRange = range;
    },
  };
}

export type ChartView = ReturnType<typeof createChartView>;
