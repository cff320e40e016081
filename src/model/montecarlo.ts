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
import { fundingDay, monthIndexOfDay } from './dates';
import { ALL_FACTORS, reckoningThreat } from './hazard';
import { mergeMonteCarlo, type MonteCarloPart, type MonteCarloResult } from './mcMerge';
import { SECTOR_COUNT, SIZE_SIGMA, setup } from './mcSetup';
import { Sfc32 } from './rng';
import type { Scenario } from './scenario';
import { CAUSE_SETS } from './why';

export type { MonteCarloPart, MonteCarloResult } from './mcMerge';
export { mergeMonteCarlo } from './mcMerge';

export interface MonteCarloOptions {
  /** Number of paths (100–20,000). */
  readonly paths: number;
  readonly seed: number;
}

/** The paths of a run a part computes: from `from` (inclusive) to `to` (exclusive). */
export interface PathRange {
  readonly from: number;
  readonly to: number;
}

/**
 * A Monte Carlo run that can be advanced in steps (the worker yields between steps so a
 * newer request can abandon it), looked at before it is done (`snapshot`: the answers of
 * the paths so far, which are a run of that many paths) and finished into the answers. A run
 * may compute only some of the paths (`range`, for a pool of workers): it draws the earlier
 * paths' random numbers without computing them, and its `part` joins the others' in
 * `mergeMonteCarlo`.
 */
export function createMonteCarloRun(
  scenario: Scenario,
  options: MonteCarloOptions,
  range?: PathRange,
) {
  const u = setup(scenario);
  const { s, tl, months, cf } = u;
  const paths = Math.max(1, Math.floor(options.paths));
  const from = Math.min(paths, Math.max(0, Math.floor(range?.from ?? 0)));
  const size = Math.max(0, Math.min(paths, Math.floor(range?.to ?? paths)) - from);
  const history = tl.asOfMonth + 1; // months 0..asOfMonth are the same on every path
  const rng = new Sfc32(options.seed);
  let spare = NaN; // Box–Muller gives two normals: the second waits for the next draw
  // Committed by month, one column of this part's paths per month up to the last possible
  // decision (flat after it), single precision (7 significant digits: half the memory traffic).
  const columns = u.lastDecisionMonth + 1;
  const store = new Float32Array(columns * size);
  let lastChange = 0; // the last month in which any path's committed changes
  const pastCommitted = new Float64Array(history);
  const flips = new Float64Array(months);
  const flippedByCause = new Float64Array(CAUSE_SETS);
  const atDeadline = new Float64Array(size);
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
  let skipping = false; // drawing an earlier part's paths: their numbers, not their sums
  function select(day: number, valueUsdBn: number, accepted: boolean): void {
    if (skipping) return;
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
  /** Draws a path's random numbers as runPath would, and nothing else (a later part's start). */
  function skipPath(): void {
    skipping = true;
    drawSelections();
    rng.next();
    skipping = false;
  }

  /** The path's results go to slot `p` of this part. */
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
    if (p === 0 && from === 0) pastCommitted.set(committed.subarray(0, history));
    for (let m = 0; m < columns; m++) store[m * size + p] = committed[m] ?? 0;
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

  /** The paths done so far, columns packed to their count. */
  function part(): MonteCarloPart {
    const packed = new Float32Array(columns * done);
    if (done === size) packed.set(store);
    else
      for (let m = 0; m < columns; m++)
        packed.set(store.subarray(m * size, m * size + done), m * done);
    return {
      from,
      count: done,
      columns: packed,
      lastChange,
      flips: flips.slice(),
      flippedByCause: flippedByCause.slice(),
      atDeadline: atDeadline.slice(0, done),
      pastCommitted: from === 0 && done > 0 ? pastCommitted.slice() : null,
    };
  }

  let started = false;
  return {
    paths,
    /** How many paths this run computes (all of them, or its range's). */
    size,
    /** Runs up to `count` more of this run's paths; returns how many are done in all. */
    step(count: number): number {
      if (!started) {
        started = true;
        for (let p = 0; p < from; p++) skipPath();
      }
      const end = Math.min(size, done + count);
      for (; done < end; done++) runPath(done);
      return done;
    },
    part,
    /** The answers of the paths done so far (a run starting at path 0): a run of that many. */
    snapshot(): MonteCarloResult {
      return mergeMonteCarlo(scenario, options.seed, [part()]);
    },
    finish(): MonteCarloResult {
      this.step(size);
      return mergeMonteCarlo(scenario, options.seed, [part()]);
    },
  };
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
