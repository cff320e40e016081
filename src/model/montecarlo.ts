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

/** How many of the generator's numbers are drawn at a time. */
const UNIFORM_BLOCK = 512;

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
  // The generator's numbers, drawn a block at a time (the same sequence as one by one).
  const block = new Float64Array(UNIFORM_BLOCK);
  let used = UNIFORM_BLOCK;
  let spare = 0; // Box–Muller gives two normals: the second waits for the next draw
  let hasSpare = false;
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
  const finiteGapLog = Number.isFinite(u.gapLog);
  const finiteDeclinedLog = Number.isFinite(u.declinedLog);
  const { cumulativeRate, fundProb, logMedianSize, required, threat, events, gapLog, declinedLog } =
    u;
  const pledge = s.pledgeUsdBn;
  const periodEndDay = tl.periodEndDay;
  const deadline = tl.deadlineMonth;
  const asOfMonth = tl.asOfMonth;
  // Each selection day's month, decision month and whether it is decided by the deadline,
  // worked out once: for the announced selections, and for every day an arrival can fall on.
  const announced = u.announced;
  const announcedMonth = Int32Array.from(announced.day, (day) => monthIndexOfDay(day));
  const announcedDecision = Int32Array.from(announced.day, (day) => decisionMonthOf(day));
  const announcedInTime = Uint8Array.from(announced.day, (day) => inTimeOf(day));
  const firstDay = Math.ceil(u.startDay);
  const days = Math.max(0, Math.floor(periodEndDay) - firstDay + 1);
  const dayMonth = new Int32Array(days);
  const dayDecision = new Int32Array(days);
  const dayInTime = new Uint8Array(days);
  for (let i = 0; i < days; i++) {
    dayMonth[i] = monthIndexOfDay(firstDay + i);
    dayDecision[i] = decisionMonthOf(firstDay + i);
    dayInTime[i] = inTimeOf(firstDay + i);
  }
  let done = 0;

  /** The month a selection on `day` is decided in. */
  function decisionMonthOf(day: number): number {
    return monthIndexOfDay(fundingDay(day, s.fundingLagDays, s.lagRule));
  }
  /** 1 if a selection on `day` is decided by the investment period's end, else 0. */
  function inTimeOf(day: number): number {
    return fundingDay(day, s.fundingLagDays, s.lagRule) <= periodEndDay ? 1 : 0;
  }

  function uniform(): number {
    if (used === UNIFORM_BLOCK) {
      rng.fill(block);
      used = 0;
    }
    return block[used++] ?? 0;
  }

  function normal(): number {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - uniform())); // 1 - u in (0, 1]: finite log
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  }

  /**
   * fundSelections for one selection (its month, its decision month and whether that is by
   * the deadline): its month's increments; the committed value or 0.
   */
  let byDeadline = 0;
  let settles = 0;
  let lastMonth = 0;
  let skipping = false; // drawing an earlier part's paths: their numbers, not their sums
  function select(
    month: number,
    decisionMonth: number,
    inTime: boolean,
    valueUsdBn: number,
    accepted: boolean,
  ): void {
    if (skipping) return;
    selected[month] = (selected[month] ?? 0) + valueUsdBn;
    if (month > lastMonth) lastMonth = month;
    if (decisionMonth >= months) return; // decided after the horizon: never counted
    if (decisionMonth > lastMonth) lastMonth = decisionMonth;
    if (!accepted) {
      declined[decisionMonth] = (declined[decisionMonth] ?? 0) + valueUsdBn;
      return;
    }
    if (!(valueUsdBn > 0)) return;
    committed[decisionMonth] = (committed[decisionMonth] ?? 0) + valueUsdBn;
    if (inTime) byDeadline += valueUsdBn;
    if (decisionMonth > settles) settles = decisionMonth;
  }

  /** drawSelections: the announced ones, then the arrivals, each funded or declined. */
  function drawSelections(): void {
    let left = pledge;
    for (let i = 0; i < announced.count; i++) {
      const sector = announced.sector[i] ?? 0;
      const accepted = announced.decided[i] === 1 || uniform() < (fundProb[sector] ?? 0);
      const value = announced.value[i] ?? 0;
      if (accepted) left -= value * cf;
      select(
        announcedMonth[i] ?? 0,
        announcedDecision[i] ?? 0,
        announcedInTime[i] === 1,
        value,
        accepted,
      );
    }
    const rate = u.totalRatePerDay;
    if (rate <= 0) return;
    for (
      let day = u.startDay + -Math.log(1 - uniform()) / rate;
      day <= periodEndDay;
      day += -Math.log(1 - uniform()) / rate
    ) {
      if (left <= 1e-9) break;
      const pick = uniform() * rate;
      let sector = 0;
      while (sector < SECTOR_COUNT - 1 && pick >= (cumulativeRate[sector] ?? 0)) sector++;
      let size = Math.exp((logMedianSize[sector] ?? 0) + SIZE_SIGMA * normal());
      if (cf > 0) size = Math.min(size, left / cf);
      const accepted = uniform() < (fundProb[sector] ?? 0);
      if (accepted) left -= size * cf;
      const whole = Math.floor(day) | 0;
      const i = whole - firstDay;
      if (i >= 0 && i < days)
        select(dayMonth[i] ?? 0, dayDecision[i] ?? 0, dayInTime[i] === 1, size, accepted);
      else
        select(
          monthIndexOfDay(whole),
          decisionMonthOf(whole),
          inTimeOf(whole) === 1,
          size,
          accepted,
        );
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
    uniform();
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
    written = Math.max(lastMonth, deadline, asOfMonth, u.lastDecisionMonth);
    accumulate(written);
    const draw = uniform(); // inverse-CDF draw of the month the switch flips
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
    return Math.max(0, (required[t] ?? 0) - (committed[t] ?? 0) * cf) / pledge;
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
    const reckoning = reckoningThreat(s, creditedByDeadline) * s.implementedShare;
    // The threats summed with each set of multipliers present: index bit 0 shortfall,
    // bit 1 refusals, bit 2 events.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let survival = 1;
    let flip = -1;
    let pAtDeadline = 0;
    let multiplier = 1;
    for (let t = asOfMonth + 1; t <= deadline; t++) {
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
      s0 += b;
      s1 += b * g;
      s2 += b * r;
      s3 += b * g * r;
      s4 += b * e;
      s5 += b * g * e;
      s6 += b * r * e;
      s7 += b * g * r * e;
      let h = 1 - Math.exp(-(b * multiplier * e));
      if (t === deadline) h = 1 - (1 - h) * (1 - reckoning);
      survival *= 1 - h;
      const pReimposed = 1 - survival;
      if (flip < 0 && draw < pReimposed) flip = t;
      if (t === deadline) pAtDeadline = pReimposed;
    }
    // A deadline in history: its multiplier, frozen from then on, comes from history's totals.
    if (deadline <= asOfMonth)
      multiplier = Math.exp(gapOf(deadline) * gapLog + declinedShareOf(deadline) * declinedLog);
    // After the deadline the multiplier is frozen: month after month the same intensity
    // (until the successor or an event window changes it) gives the same factor.
    let intensity = NaN;
    let stay = 1;
    for (let t = Math.max(deadline, asOfMonth) + 1; flip < 0 && t < months; t++) {
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
    survivalWithout[0] = Math.exp(-s0);
    survivalWithout[1] = Math.exp(-s1);
    survivalWithout[2] = Math.exp(-s2);
    survivalWithout[3] = Math.exp(-s3);
    survivalWithout[4] = Math.exp(-s4);
    survivalWithout[5] = Math.exp(-s5);
    survivalWithout[6] = Math.exp(-s6);
    survivalWithout[7] = Math.exp(-s7);
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
  const survivalWithout = new Float64Array(8);

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
