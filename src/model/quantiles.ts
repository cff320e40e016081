/** Percentile bands across Monte Carlo paths, month by month. */
import { createQuantileScratch, quantilesInPlace, quantilesOf } from './quickselect';

export const BAND_PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface Band {
  readonly p5: number[];
  readonly p25: number[];
  readonly p50: number[];
  readonly p75: number[];
  readonly p95: number[];
}

/**
 * Bands of path-major series (`values[p * months + m]`, stored up to `settles[p]`, the
 * path's last changing month, and flat after it). Months past every path's settling month
 * reuse the last quantiles, and so does any month whose values equal the previous month's
 * on every path.
 */
export function bands(
  values: Float32Array,
  settles: Int32Array,
  paths: number,
  months: number,
): Band {
  const out: Band = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  const keys = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
  const lastChange = settles.reduce((a, b) => Math.max(a, b), 0);
  let column = new Float32Array(paths);
  let previousColumn = new Float32Array(paths);
  const work = new Float32Array(paths); // reordered by the selection
  let previous: number[] = [];
  for (let m = 0; m < months; m++) {
    let q = previous;
    if (m === 0 || m <= lastChange) {
      for (let p = 0; p < paths; p++)
        column[p] = values[p * months + Math.min(m, settles[p] ?? 0)] ?? 0;
      if (m === 0 || !equal(column, previousColumn)) {
        work.set(column);
        q = quantilesInPlace(work, BAND_PROBS);
      }
      [column, previousColumn] = [previousColumn, column];
    }
    keys.forEach((k, i) => out[k].push(q[i] ?? 0));
    previous = q;
  }
  return out;
}

/**
 * The same bands from month-major columns (`columns[m * paths + p]`, the path's value at
 * month m, flat after it settles), for months 0 to `lastChange` (the last month any path
 * changes): what the Monte Carlo stores, so a month's values are read in one sweep.
 */
export function columnBands(
  columns: Float32Array,
  paths: number,
  lastChange: number,
  months: number,
): Band {
  const out: Band = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  const keys = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
  const scratch = createQuantileScratch(paths);
  let previousColumn = columns.subarray(0, paths);
  let previous: number[] = [];
  for (let m = 0; m < months; m++) {
    let q = previous;
    if (m <= lastChange) {
      const column = columns.subarray(m * paths, (m + 1) * paths);
      if (m === 0 || !equal(column, previousColumn)) q = quantilesOf(column, BAND_PROBS, scratch);
      previousColumn = column;
    }
    keys.forEach((k, i) => out[k].push(q[i] ?? 0));
    previous = q;
  }
  return out;
}

function equal(a: Float32Array, b: Float32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A band times a non-negative factor. */
export function scaleBand(band: Band, factor: number): Band {
  const scale = (xs: readonly number[]) => xs.map((x) => x * factor);
  return {
    p5: scale(band.p5),
    p25: scale(band.p25),
    p50: scale(band.p50),
    p75: scale(band.p75),
    p95: scale(band.p95),
  };
}
