/**
 * The Monte Carlo (MODEL.md §5). The past is the same on every path (announced selections
 * decided in history are facts). After the data's as-of month, per path, with a seeded
 * generator: future selections arrive as a Poisson process whose expected value matches the
 * pace; each arrival's sector is drawn in proportion to its arrival rate; its size is
 * lognormal with mean the sector's typical project (sigma 0.8), clipped to what is left of the
 * pledge; Japan funds it with probability a; the penalty switch flips with the path's own
 * hazard. The share of paths flipped by the deadline is the page's one answer (§6), and its
 * "why" parts come from the same paths (each path's hazard with each set of causes present).
 */
import { SECTORS, SECTOR_IDS } from '../data/sectors';
import { firstDayOfMonth } from './dates';
import { allSectorEconomics } from './economics';
import { fundSelections, type FundingOutcome } from './funding';
import { ALL_FACTORS, eventMultipliers, hazardSeries, type HazardSeries } from './hazard';
import { createPathBuffers, pathSeries } from './pathSeries';
import {
  announcedSelections,
  creditFactor,
  futureStartMonth,
  type PlannedSelection,
} from './programme';
import { bands, scaleBand, type Band } from './quantiles';
import { quantilesInPlace } from './quickselect';
import { createNormal, createRng, exponential, type Rng } from './rng';
import type { Scenario } from './scenario';
import { tariffOutcome, type TariffOutcome } from './tariffs';
import { timeline, type Timeline } from './timeline';
import { CAUSE_SETS, probabilityByCause, whyParts, type WhyParts } from './why';

export interface MonteCarloOptions {
  /** Number of paths (100–20,000). */
  readonly paths: number;
  readonly seed: number;
}

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

/** Lognormal spread of project sizes around the sector's typical project. */
const SIZE_SIGMA = 0.8;
const DAYS_PER_YEAR = 365.25;
const MASKS = CAUSE_SETS;

interface McSelection extends PlannedSelection {
  readonly accepted: boolean;
}

/** Everything fixed across paths, computed once per run. */
interface Setup {
  readonly s: Scenario;
  readonly tl: Timeline;
  readonly fundProb: readonly number[];
  readonly announced: readonly PlannedSelection[];
  readonly startDay: number;
  /** Arrival rate per day by sector, and its running total for drawing a sector. */
  readonly cumulativeRate: readonly number[];
  readonly totalRatePerDay: number;
  readonly events: Float64Array;
  readonly cf: number;
  /** ln(typical size) - sigma^2/2 by sector: the lognormal's mean is the typical project. */
  readonly logMedianSize: readonly number[];
}

function setup(s: Scenario): Setup {
  const tl = timeline(s.periodEnd);
  const econ = allSectorEconomics(s);
  // lambda_s = pace x share_s / typical size_s: expected selected value per year = pace.
  const ratePerDay = SECTOR_IDS.map(
    (id) => (s.paceUsdBnPerYear * s.sectors[id]) / SECTORS[id].typicalProjectUsdBn / DAYS_PER_YEAR,
  );
  let running = 0;
  const cumulativeRate = ratePerDay.map((r) => (running += r));
  return {
    s,
    tl,
    fundProb: SECTOR_IDS.map((id) => econ[id].fundingProbability),
    announced: announcedSelections(s, tl),
    startDay: firstDayOfMonth(futureStartMonth(tl)),
    cumulativeRate,
    totalRatePerDay: running,
    events: eventMultipliers(s, tl),
    cf: creditFactor(s),
    logMedianSize: SECTOR_IDS.map(
      (id) => Math.log(SECTORS[id].typicalProjectUsdBn) - (SIZE_SIGMA * SIZE_SIGMA) / 2,
    ),
  };
}

function drawSelections(u: Setup, rng: Rng, normal: () => number): McSelection[] {
  const { s, cf, fundProb } = u;
  const out: McSelection[] = [];
  let left = s.pledgeUsdBn;
  for (const x of u.announced) {
    const accepted = x.decided || rng.next() < (fundProb[x.sector] ?? 0);
    if (accepted) left -= x.valueUsdBn * cf;
    out.push({ ...x, accepted });
  }
  if (u.totalRatePerDay <= 0) return out;
  for (
    let day = u.startDay + exponential(rng, u.totalRatePerDay);
    day <= u.tl.periodEndDay;
    day += exponential(rng, u.totalRatePerDay)
  ) {
    if (left <= 1e-9) break;
    const pick = rng.next() * u.totalRatePerDay;
    let sector = 0;
    while (sector < SECTOR_IDS.length - 1 && pick >= (u.cumulativeRate[sector] ?? 0)) sector++;
    let size = Math.exp((u.logMedianSize[sector] ?? 0) + SIZE_SIGMA * normal());
    if (cf > 0) size = Math.min(size, left / cf);
    const accepted = rng.next() < (fundProb[sector] ?? 0);
    if (accepted) left -= size * cf;
    out.push({ day: Math.floor(day) | 0, sector, valueUsdBn: size, accepted, decided: false });
  }
  return out;
}

/**
 * A Monte Carlo run that can be advanced in steps (the worker yields between steps so a
 * newer request can abandon it) and finished into bands.
 */
export function createMonteCarloRun(scenario: Scenario, options: MonteCarloOptions) {
  const u = setup(scenario);
  const months = u.tl.months.length;
  const history = u.tl.asOfMonth + 1; // months 0..asOfMonth are the same on every path
  const paths = Math.max(1, Math.floor(options.paths));
  const rng = createRng(options.seed);
  const normal = createNormal(rng);
  // Path-major, single precision, each path stored up to the month it settles.
  const committed = new Float32Array(months * paths);
  const committedSettles = new Int32Array(paths);
  const pastCommitted = new Float64Array(history);
  const flips = new Float64Array(months);
  const flippedByCause = new Float64Array(MASKS);
  const byCause = new Float64Array(MASKS);
  const sums = new Float64Array(8);
  const atDeadline = new Float64Array(paths);
  // Scratch buffers shared by every path: a path overwrites what the previous one left.
  let funding: FundingOutcome | undefined;
  const buffers = createPathBuffers(months);
  const risk: HazardSeries = {
    shortfall: new Float64Array(months),
    hazard: new Float64Array(months),
    pReimposed: new Float64Array(months),
  };
  const accepted = (x: PlannedSelection): number => ((x as McSelection).accepted ? 1 : 0);
  let done = 0;

  function runPath(p: number): void {
    funding = fundSelections(u.s, months, drawSelections(u, rng, normal), accepted, 0, funding);
    const path = pathSeries(u.s, u.tl, funding, buffers);
    hazardSeries(u.s, u.tl, u.events, path, risk);
    const draw = rng.next(); // inverse-CDF draw of the month the switch flips
    for (let m = 0; m < months; m++) {
      if (draw < (risk.pReimposed[m] ?? 0)) {
        flips[m] = (flips[m] ?? 0) + 1;
        break;
      }
    }
    // The same draw against each set of causes: "why" from the paths themselves. The full
    // set is the path's own flip, so the parts add up to the share exactly.
    probabilityByCause(u.s, u.tl, u.events, path, sums, byCause);
    byCause[ALL_FACTORS] = risk.pReimposed[u.tl.deadlineMonth] ?? 0;
    for (let mask = 0; mask < MASKS; mask++)
      if (draw < (byCause[mask] ?? 0)) flippedByCause[mask] = (flippedByCause[mask] ?? 0) + 1;
    if (p === 0) pastCommitted.set(path.committed.subarray(0, history));
    const offset = p * months;
    committed.set(path.committed.subarray(0, path.committedSettles + 1), offset);
    committedSettles[p] = path.committedSettles;
    atDeadline[p] = path.creditedByDeadlineUsdBn;
  }

  return {
    paths,
    /** Runs up to `count` more paths; returns how many are done in all. */
    step(count: number): number {
      const end = Math.min(paths, done + count);
      for (; done < end; done++) runPath(done);
      return done;
    },
    finish(): MonteCarloResult {
      this.step(paths);
      let running = 0;
      const shareReimposed = Array.from(flips, (c) => (running += c) / paths);
      const committedBand = bands(committed, committedSettles, paths, months);
      // History is the same on every path: its bands are the exact (double-precision) value.
      for (const q of Object.values(committedBand) as number[][])
        for (let m = 0; m < history; m++) q[m] = pastCommitted[m] ?? 0;
      const [p5 = 0, p50 = 0, p95 = 0] = quantilesInPlace(
        Float32Array.from(atDeadline),
        [0.05, 0.5, 0.95],
      );
      return {
        paths,
        seed: options.seed,
        // Credited = committed x the credit factor on every path, and an order statistic
        // scales with a non-negative factor: the credited band is the committed band scaled.
        credited: scaleBand(committedBand, u.cf),
        shareReimposed,
        shareReimposedByDeadline: shareReimposed[u.tl.deadlineMonth] ?? 0,
        why: whyParts((mask) => (flippedByCause[mask] ?? 0) / paths),
        tariff: tariffOutcome(u.s, u.tl, shareReimposed),
        creditedAtDeadline: { mean: mean(atDeadline), p5, p50, p95 },
      };
    },
  };
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : 0;
}

/** Runs the whole Monte Carlo, reporting progress every `chunk` paths. */
export function runMonteCarlo(
  scenario: Scenario,
  options: MonteCarloOptions,
  onProgress?: (donePaths: number, totalPaths: number) => void,
  chunk = 500,
): MonteCarloResult {
  const run = createMonteCarloRun(scenario, options);
  while (run.step(chunk) < run.paths) onProgress?.(run.step(0), run.paths);
  onProgress?.(run.paths, run.paths);
  return run.finish();
}
