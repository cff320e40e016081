/**
 * The Monte Carlo (MODEL.md §5). The past is the same on every path (announced selections
 * decided in history are facts). After the data's as-of month, per path, with a seeded
 * generator: future selections arrive as a Poisson process whose expected value matches the
 * pace; each arrival's sector is drawn in proportion to its arrival rate; its size is
 * lognormal with mean the sector's typical project (sigma 0.8), clipped to what is left of the
 * pledge; Japan funds it with probability a; the penalty switch flips with the path's own
 * hazard. The share of paths flipped by the deadline is the page's one answer (§6), and its
 * "why" parts come from the same paths (each path's hazard with each set of causes present).
 *
 * A path is the same arithmetic as the deterministic run's (fundSelections, pathSeries,
 * hazardSeries, probabilityByCause), done in one pass over typed arrays with nothing
 * allocated per path, and only what the answers need: no cash disbursed, no monthly hazard
 * beyond the month a path's switch flips (or the deadline). Every sum is taken in the same
 * order, so a seed gives the same result to the last bit
 * (test/model/montecarlo.reference.test.ts holds the runs of the straightforward version).
 */
import { SECTORS, SECTOR_IDS } from '../data/sectors';
import { firstDayOfMonth, fundingDay, monthIndexOfDay } from './dates';
import { allSectorEconomics } from './economics';
import {
  ALL_FACTORS,
  DECLINED_UNIT,
  SHORTFALL_UNIT,
  eventMultipliers,
  reckoningThreat,
} from './hazard';
import { announcedSelections, creditFactor, futureStartMonth } from './programme';
import { columnBands, scaleBand, type Band } from './quantiles';
import { quantilesInPlace } from './quickselect';
import { Sfc32 } from './rng';
import type { Scenario } from './scenario';
import { tariffOutcome, type TariffOutcome } from './tariffs';
import { timeline, type Timeline } from './timeline';
import { CAUSE_SETS, whyParts, type WhyParts } from './why';

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
const SECTOR_COUNT = SECTOR_IDS.length;

/** Everything fixed across paths, computed once per run. */
interface Setup {
  readonly s: Scenario;
  readonly tl: Timeline;
  readonly months: number;
  readonly cf: number;
  readonly fundProb: Float64Array;
  /** Arrival rate per day by sector, as a running total for drawing a sector. */
  readonly cumulativeRate: Float64Array;
  readonly totalRatePerDay: number;
  readonly startDay: number;
  /** ln(typical size) - sigma^2/2 by sector: the lognormal's mean is the typical project. */
  readonly logMedianSize: Float64Array;
  /** The announced selections, in date order: day, sector, value, whether decided in history. */
  readonly announced: {
    readonly count: number;
    readonly day: Int32Array;
    readonly sector: Int32Array;
    readonly value: Float64Array;
    readonly decided: Uint8Array;
  };
  /** Required credit by month end: pledge x elapsed share. */
  readonly required: Float64Array;
  /** Threats a month, implemented, before the multipliers (the successor factor applied). */
  readonly threat: Float64Array;
  readonly events: Float64Array;
  readonly gapLog: number;
  readonly declinedLog: number;
  /** The last month any path can commit in: columns of the band store. */
  readonly lastDecisionMonth: number;
}

function setup(s: Scenario): Setup {
  const tl = timeline(s.periodEnd);
  const months = tl.months.length;
  const econ = allSectorEconomics(s);
  // lambda_s = pace x share_s / typical size_s: expected selected value per year = pace.
  const cumulativeRate = new Float64Array(SECTOR_COUNT);
  let running = 0;
  SECTOR_IDS.forEach((id, k) => {
    running +=
      (s.paceUsdBnPerYear * s.sectors[id]) / SECTORS[id].typicalProjectUsdBn / DAYS_PER_YEAR;
    cumulativeRate[k] = running;
  });
  const list = announcedSelections(s, tl);
  const announced = {
    count: list.length,
    day: Int32Array.from(list, (x) => x.day),
    sector: Int32Array.from(list, (x) => x.sector),
    value: Float64Array.from(list, (x) => x.valueUsdBn),
    decided: Uint8Array.from(list, (x) => (x.decided ? 1 : 0)),
  };
  const decisionMonth = (day: number) =>
    monthIndexOfDay(fundingDay(day, s.fundingLagDays, s.lagRule));
  let lastDecisionMonth = decisionMonth(tl.periodEndDay);
  for (const x of list) lastDecisionMonth = Math.max(lastDecisionMonth, decisionMonth(x.day));
  const threatPerMonth = (s.threatRateAnnual / 12) * s.implementedShare;
  return {
    s,
    tl,
    months,
    cf: creditFactor(s),
    fundProb: Float64Array.from(SECTOR_IDS, (id) => econ[id].fundingProbability),
    cumulativeRate,
    totalRatePerDay: running,
    startDay: firstDayOfMonth(futureStartMonth(tl)),
    logMedianSize: Float64Array.from(
      SECTOR_IDS,
      (id) => Math.log(SECTORS[id].typicalProjectUsdBn) - (SIZE_SIGMA * SIZE_SIGMA) / 2,
    ),
    announced,
    required: Float64Array.from(tl.elapsedShare, (share) => s.pledgeUsdBn * share),
    threat: Float64Array.from(tl.months, (_, t) =>
      t >= tl.successorMonth ? threatPerMonth * s.successorFactor : threatPerMonth * 1,
    ),
    events: eventMultipliers(s, tl),
    gapLog: Math.log(s.gapMultiplier) / SHORTFALL_UNIT,
    declinedLog: Math.log(s.declineMultiplier) / DECLINED_UNIT,
    lastDecisionMonth: Math.min(months - 1, lastDecisionMonth),
  };
}

/**
 * A Monte Carlo run that can be advanced in steps (the worker yields between steps so a
 * newer request can abandon it) and finished into bands.
 */
export function createMonteCarloRun(scenario: Scenario, options: MonteCarloOptions) {
  const u = setup(scenario);
  const { s, tl, months, cf } = u;
  const paths = Math.max(1, Math.floor(options.paths));
  const history = tl.asOfMonth + 1; // months 0..asOfMonth are the same on every path
  const rng = new Sfc32(options.seed);
  let spare = NaN; // Box–Muller gives two normals: the second waits for the next draw
  // Committed by month, one column of all paths per month up to the last possible decision
  // (flat after it), single precision (7 significant digits: half the memory traffic).
  const columns = u.lastDecisionMonth + 1;
  const store = new Float32Array(columns * paths);
  let lastChange = 0; // the last month in which any path's committed changes
  const pastCommitted = new Float64Array(history);
  const flips = new Float64Array(months);
  const flippedByCause = new Float64Array(CAUSE_SETS);
  const atDeadline = new Float64Array(paths);
  // Scratch shared by every path: month increments, then running totals.
  const selected = new Float64Array(months);
  const declined = new Float64Array(months);
  const committed = new Float64Array(months);
  const sums = new Float64Array(8);
  const finiteGapLog = Number.isFinite(u.gapLog);
  const finiteDeclinedLog = Number.isFinite(u.declinedLog);
  const survivalWithout = new Float64Array(8);
  let done = 0;

  function normal(): number {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - rng.next())); // 1 - u in (0, 1]: finite log
    const angle = 2 * Math.PI * rng.next();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** fundSelections for one selection: its month's increments; the committed value or 0. */
  let byDeadline = 0;
  let settles = 0;
  let lastMonth = 0;
  function select(day: number, valueUsdBn: number, accepted: boolean): void {
    const month = monthIndexOfDay(day);
    selected[month] = (selected[month] ?? 0) + valueUsdBn;
    if (month > lastMonth) lastMonth = month;
    const decided = fundingDay(day, s.fundingLagDays, s.lagRule);
    const decisionMonth = monthIndexOfDay(decided);
    if (decisionMonth >= months) return; // decided after the horizon: never counted
    if (decisionMonth > lastMonth) lastMonth = decisionMonth;
    if (!accepted) {
      declined[decisionMonth] = (declined[decisionMonth] ?? 0) + valueUsdBn;
      return;
    }
    if (!(valueUsdBn > 0)) return;
    committed[decisionMonth] = (committed[decisionMonth] ?? 0) + valueUsdBn;
    if (decided <= tl.periodEndDay) byDeadline += valueUsdBn;
    if (decisionMonth > settles) settles = decisionMonth;
  }

  /** drawSelections: the announced ones, then the arrivals, each funded or declined. */
  function drawSelections(): void {
    const a = u.announced;
    let left = s.pledgeUsdBn;
    for (let i = 0; i < a.count; i++) {
      const sector = a.sector[i] ?? 0;
      const accepted = a.decided[i] === 1 || rng.next() < (u.fundProb[sector] ?? 0);
      const value = a.value[i] ?? 0;
      if (accepted) left -= value * cf;
      select(a.day[i] ?? 0, value, accepted);
    }
    const rate = u.totalRatePerDay;
    if (rate <= 0) return;
    for (
      let day = u.startDay + -Math.log(1 - rng.next()) / rate;
      day <= tl.periodEndDay;
      day += -Math.log(1 - rng.next()) / rate
    ) {
      if (left <= 1e-9) break;
      const pick = rng.next() * rate;
      let sector = 0;
      while (sector < SECTOR_COUNT - 1 && pick >= (u.cumulativeRate[sector] ?? 0)) sector++;
      let size = Math.exp((u.logMedianSize[sector] ?? 0) + SIZE_SIGMA * normal());
      if (cf > 0) size = Math.min(size, left / cf);
      const accepted = rng.next() < (u.fundProb[sector] ?? 0);
      if (accepted) left -= size * cf;
      select(Math.floor(day) | 0, size, accepted);
    }
  }

  /** The running totals (pathSeries), through `end`; constant after the last increment. */
  function accumulate(end: number): void {
    let sel = 0;
    let dec = 0;
    let com = 0;
    for (let t = 0; t <= end; t++) {
      if (t <= lastMonth) {
        sel += selected[t] ?? 0;
        dec += declined[t] ?? 0;
        com += committed[t] ?? 0;
      }
      selected[t] = sel;
      declined[t] = dec;
      committed[t] = com;
    }
  }

  let written = months - 1; // the running totals reach this month: clear that far
  function runPath(p: number): void {
    selected.fill(0, 0, written + 1);
    declined.fill(0, 0, written + 1);
    committed.fill(0, 0, written + 1);
    byDeadline = 0;
    settles = 0;
    lastMonth = 0;
    drawSelections();
    const deadline = tl.deadlineMonth;
    written = Math.max(lastMonth, deadline, tl.asOfMonth, u.lastDecisionMonth);
    accumulate(written);
    const draw = rng.next(); // inverse-CDF draw of the month the switch flips
    const credited = byDeadline * cf;
    const flip = hazardAndWhy(credited, draw);
    if (flip >= 0) flips[flip] = (flips[flip] ?? 0) + 1;
    if (p === 0) pastCommitted.set(committed.subarray(0, history));
    for (let m = 0; m < columns; m++) store[m * paths + p] = committed[m] ?? 0;
    if (settles > lastChange) lastChange = settles;
    atDeadline[p] = credited;
  }

  /** The shortfall against the required pace at month t's end (hazardSeries' gap). */
  function gapOf(t: number): number {
    return Math.max(0, (u.required[t] ?? 0) - (committed[t] ?? 0) * cf) / s.pledgeUsdBn;
  }
  /** The share of selected value declined by month t's end. */
  function declinedShareOf(t: number): number {
    const sel = selected[t] ?? 0;
    return sel > 0 ? (declined[t] ?? 0) / sel : 0;
  }

  /**
   * hazardSeries and probabilityByCause on the path's running totals: counts the "why" flips
   * and returns the month the switch flips (-1: never within the horizon).
   */
  function hazardAndWhy(creditedByDeadline: number, draw: number): number {
    const deadline = tl.deadlineMonth;
    const { threat, events, gapLog, declinedLog } = u;
    const reckoning = reckoningThreat(s, creditedByDeadline) * s.implementedShare;
    sums.fill(0);
    let survival = 1;
    let flip = -1;
    let pAtDeadline = 0;
    let multiplier = 1;
    for (let t = tl.asOfMonth + 1; t <= deadline; t++) {
      const gap = gapOf(t);
      const declinedShare = declinedShareOf(t);
      // exp(x + 0) is exp(x) to the bit: a path on pace, or with nothing declined yet, needs
      // one exponential here, not three.
      const g = gap === 0 && finiteGapLog ? 1 : Math.exp(gap * gapLog);
      const r =
        declinedShare === 0 && finiteDeclinedLog ? 1 : Math.exp(declinedShare * declinedLog);
      multiplier =
        declinedShare === 0 && finiteDeclinedLog
          ? g
          : gap === 0 && finiteGapLog
            ? r
            : Math.exp(gap * gapLog + declinedShare * declinedLog);
      const b = threat[t] ?? 0;
      const e = events[t] ?? 1;
      // Index bit 0: shortfall, bit 1: refusals, bit 2: events.
      sums[0] = (sums[0] ?? 0) + b;
      sums[1] = (sums[1] ?? 0) + b * g;
      sums[2] = (sums[2] ?? 0) + b * r;
      sums[3] = (sums[3] ?? 0) + b * g * r;
      sums[4] = (sums[4] ?? 0) + b * e;
      sums[5] = (sums[5] ?? 0) + b * g * e;
      sums[6] = (sums[6] ?? 0) + b * r * e;
      sums[7] = (sums[7] ?? 0) + b * g * r * e;
      let h = 1 - Math.exp(-(b * multiplier * e));
      if (t === deadline) h = 1 - (1 - h) * (1 - reckoning);
      survival *= 1 - h;
      const pReimposed = 1 - survival;
      if (flip < 0 && draw < pReimposed) flip = t;
      if (t === deadline) pAtDeadline = pReimposed;
    }
    // A deadline in history: its multiplier, frozen from then on, comes from history's totals.
    if (deadline <= tl.asOfMonth)
      multiplier = Math.exp(gapOf(deadline) * gapLog + declinedShareOf(deadline) * declinedLog);
    // After the deadline the multiplier is frozen: month after month the same intensity
    // (until the successor or an event window changes it) gives the same factor.
    let intensity = NaN;
    let stay = 1;
    for (let t = Math.max(deadline, tl.asOfMonth) + 1; flip < 0 && t < months; t++) {
      const now = (threat[t] ?? 0) * multiplier * (events[t] ?? 1);
      if (now !== intensity) {
        intensity = now;
        stay = 1 - (1 - Math.exp(-now)); // 1 - h, as hazardSeries takes it
      }
      survival *= stay;
      if (draw < 1 - survival) flip = t;
    }
    // "Why": the same draw against each set of causes; the full set is the path's own flip,
    // so the parts add up to the share exactly.
    for (let k = 0; k < 8; k++) survivalWithout[k] = Math.exp(-(sums[k] ?? 0));
    for (let mask = 0; mask < CAUSE_SETS; mask++) {
      let p: number;
      if (mask === ALL_FACTORS) p = pAtDeadline;
      else {
        const k = ((mask >> 1) & 1) + ((mask >> 2) & 1) * 2 + ((mask >> 3) & 1) * 4;
        const survive = mask & 1 ? (survivalWithout[k] ?? 1) : 1; // no base: exp(-0)
        p = 1 - survive * (1 - (mask & 16 ? reckoning : 0));
      }
      if (draw < p) flippedByCause[mask] = (flippedByCause[mask] ?? 0) + 1;
    }
    return flip;
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
      const committedBand = columnBands(store, paths, lastChange, months);
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
        credited: scaleBand(committedBand, cf),
        shareReimposed,
        shareReimposedByDeadline: shareReimposed[tl.deadlineMonth] ?? 0,
        why: whyParts((mask) => (flippedByCause[mask] ?? 0) / paths),
        tariff: tariffOutcome(s, tl, shareReimposed),
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
