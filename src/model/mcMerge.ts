/**
 * A Monte Carlo run's paths can be computed in parts (a pool of workers, or a run that
 * reports before it is done); this puts parts back together into the page's answers. The
 * parts are taken in path order, so the answers are those of one run over all the paths, to
 * the last bit: counts add up exactly, and every sum and quantile sees the paths in order.
 */
import { ALL_FACTORS } from './hazard';
import { setup } from './mcSetup';
import { columnBands, scaleBand, type Band } from './quantiles';
import { quantilesOf } from './quickselect';
import type { Scenario } from './scenario';
import { tariffOutcome, type TariffOutcome } from './tariffs';
import { whyParts, type WhyParts } from './why';

export interface MonteCarloResult {
  readonly paths: number;
  readonly seed: number;
  /** 5/25/50/75/95% bands of credited by month, cumulative US$ bn; exact in history. */
  readonly credited: Band;
  /** Share of paths on which a penalty has been imposed by each month end. */
  readonly shareReimposed: number[];
  /** Share imposed by the deadline's month end: the page's answer. */
  readonly shareReimposedByDeadline: number;
  /** That share split among its causes; the parts add up to it. */
  readonly why: WhyParts;
  /** Expected duties, GDP effect and average tariff from the paths' share imposed. */
  readonly tariff: TariffOutcome;
  /** Credited by the deadline across paths, US$ bn. */
  readonly creditedAtDeadline: {
    readonly mean: number;
    readonly p5: number;
    readonly p50: number;
    readonly p95: number;
  };
}

/** Consecutive paths of a run, as plain typed arrays (they cross to and from workers). */
export interface MonteCarloPart {
  /** The run's first path in this part; the part holds `count` paths from it. */
  readonly from: number;
  readonly count: number;
  /** Committed by month, month-major: `columns[m * count + i]`, flat after the path settles. */
  readonly columns: Float32Array;
  /** The last month in which any of these paths' committed changes. */
  readonly lastChange: number;
  /** Paths whose switch flips in each month. */
  readonly flips: Float64Array;
  /** Paths flipped by the deadline with each set of causes present (32). */
  readonly flippedByCause: Float64Array;
  /** Credited by the deadline on each path, US$ bn. */
  readonly atDeadline: Float64Array;
  /** The months of history, the same on every path, exact (the part with path 0 has them). */
  readonly pastCommitted: Float64Array | null;
}

/** The answers of the run whose paths the parts hold, in order from path 0. */
export function mergeMonteCarlo(
  scenario: Scenario,
  seed: number,
  parts: readonly MonteCarloPart[],
): MonteCarloResult {
  const { s, tl, months, cf, lastDecisionMonth } = setup(scenario);
  const columnCount = lastDecisionMonth + 1;
  const paths = parts.reduce((n, p) => n + p.count, 0);
  const flips = new Float64Array(months);
  const flippedByCause = new Float64Array(ALL_FACTORS + 1);
  const atDeadline = new Float64Array(paths);
  const columns = parts.length === 1 ? (parts[0]?.columns ?? new Float32Array(0)) : null;
  const merged = columns ?? new Float32Array(columnCount * paths);
  let lastChange = 0;
  let offset = 0;
  for (const part of parts) {
    if (part.from !== offset) throw new Error('Monte Carlo parts must follow each other from 0');
    part.flips.forEach((c, m) => (flips[m] = (flips[m] ?? 0) + c));
    part.flippedByCause.forEach((c, k) => (flippedByCause[k] = (flippedByCause[k] ?? 0) + c));
    atDeadline.set(part.atDeadline, offset);
    if (!columns)
      for (let m = 0; m < columnCount; m++)
        merged.set(part.columns.subarray(m * part.count, (m + 1) * part.count), m * paths + offset);
    lastChange = Math.max(lastChange, part.lastChange);
    offset += part.count;
  }
  let running = 0;
  const shareReimposed = Array.from(flips, (c) => (running += c) / paths);
  const committedBand = columnBands(merged, paths, lastChange, months);
  // History is the same on every path: its bands are the exact (double-precision) value.
  const past = parts[0]?.pastCommitted ?? new Float64Array(tl.asOfMonth + 1);
  for (const q of Object.values(committedBand) as number[][])
    for (let m = 0; m <= tl.asOfMonth; m++) q[m] = past[m] ?? 0;
  const [p5 = 0, p50 = 0, p95 = 0] = quantilesOf(Float32Array.from(atDeadline), [0.05, 0.5, 0.95]);
  return {
    paths,
    seed,
    // Credited = committed x the credit factor on every path, and an order statistic
    // scales with a non-negative factor: the credited band is the committed band scaled.
    credited: scaleBand(committedBand, cf),
    shareReimposed,
    shareReimposedByDeadline: shareReimposed[tl.deadlineMonth] ?? 0,
    why: whyParts((mask) => (flippedByCause[mask] ?? 0) / paths),
    tariff: tariffOutcome(s, tl, shareReimposed),
    creditedAtDeadline: { mean: mean(atDeadline), p5, p50, p95 },
  };
}

function mean(values: Float64Array): number {
  let sum = 0;
  // An indexed loop: run once per result, a for-of over 10,000 values stays in the interpreter.
  for (let i = 0; i < values.length; i++) sum += values[i] ?? 0;
  return values.length > 0 ? sum / values.length : 0;
}
