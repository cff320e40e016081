/**
 * The deterministic run of the scenario model (MODEL.md §4 and §6): the central path, where
 * every uncertain quantity sits at its expected value; every monthly series and the summary
 * figures, from a scenario that has passed normalizeScenario.
 */
import { SECTOR_IDS, type SectorId } from '../data/sectors';
import type { GoodsId } from '../data/goods';
import { cumulate } from './cumulate';
import { toArray } from './toArray';
import { allSectorEconomics, type SectorEconomics } from './economics';
import { fundSelections } from './funding';
import { eventMultipliers, hazardSeries } from './hazard';
import { pathSeries } from './pathSeries';
import { expectedAccepted, plannedSelections } from './programme';
import { INSTRUMENTS, type Instrument, type Scenario } from './scenario';
import { committedBySector } from './sectorSeries';
import { tariffOutcome } from './tariffs';
import { timeline } from './timeline';
import { monthsBehindPace, summarize, type Summary } from './summary';
import { pathWhy } from './why';

export interface Series {
  /** Cumulative US$ bn by month. */
  readonly selected: number[];
  readonly committed: number[];
  readonly credited: number[];
  readonly disbursed: number[];
  readonly declined: number[];
  readonly required: number[];
  /** Share of the pledge (0–1). */
  readonly shortfall: number[];
  /** Monthly probability of a penalty (0–1); 0 in history. */
  readonly hazard: number[];
  /** Probability a penalty has been imposed by month end (0–1); 0 in history. */
  readonly pReimposed: number[];
  /** Cumulative expected extra duties, US$ bn, in all and by goods class. */
  readonly expectedDutiesUsdBn: number[];
  readonly expectedDutiesByClass: Readonly<Record<GoodsId, number[]>>;
  /** Expected GDP effect, fraction of Japan's GDP a year. */
  readonly gdpEffect: number[];
  /** Average total tariff on Japan's goods: history, then expected. */
  readonly averageTariff: number[];
  readonly committedByInstrument: Readonly<Record<Instrument, number[]>>;
  readonly selectedBySector: Readonly<Record<SectorId, number[]>>;
  readonly committedBySector: Readonly<Record<SectorId, number[]>>;
}

export interface Result {
  /** 'YYYY-MM', month 0 = '2025-09'. */
  readonly months: readonly string[];
  /** Index of the month holding the investment-period end. */
  readonly deadlineMonth: number;
  /** Index of the month holding the data's as-of date: the last month of history. */
  readonly asOfMonth: number;
  readonly series: Series;
  readonly summary: Summary;
  readonly sectors: Readonly<Record<SectorId, SectorEconomics>>;
}

const bySector = (rows: readonly Float64Array[]): Record<SectorId, number[]> =>
  Object.fromEntries(SECTOR_IDS.map((id, k) => [id, toArray(rows[k] ?? [])])) as Record<
    SectorId,
    number[]
  >;

/**
 * @param dataAsOf The day history runs through; the data release's unless explaining what a
 *   release changed (an old link's numbers under the data it was made with).
 */
export function simulate(s: Scenario, dataAsOf?: string): Result {
  const { tl, sectors, funding } = centralFunding(s, dataAsOf);
  const n = tl.months.length;
  const path = pathSeries(s, tl, funding);
  const events = eventMultipliers(s, tl);
  const risk = hazardSeries(s, tl, events, path);
  const pReimposed = toArray(risk.pReimposed);
  const tariff = tariffOutcome(s, tl, pReimposed);
  const committed = toArray(path.committed);
  const series: Series = {
    selected: toArray(path.selected),
    committed,
    credited: toArray(path.credited),
    disbursed: toArray(path.disbursed),
    declined: toArray(path.declined),
    required: tl.elapsedShare.map((x) => x * s.pledgeUsdBn),
    shortfall: toArray(risk.shortfall),
    hazard: toArray(risk.hazard),
    pReimposed,
    expectedDutiesUsdBn: tariff.expectedDutiesUsdBn,
    expectedDutiesByClass: tariff.expectedDutiesByClass,
    gdpEffect: tariff.gdpEffect,
    averageTariff: tariff.averageTariff,
    committedByInstrument: Object.fromEntries(
      INSTRUMENTS.map((k) => [k, committed.map((v) => v * s.mix[k])]),
    ) as Record<Instrument, number[]>,
    selectedBySector: bySector(funding.selectedBySector.map(cumulate)),
    committedBySector: bySector(committedBySector(n, funding.commitments)),
  };
  return {
    months: tl.months,
    deadlineMonth: tl.deadlineMonth,
    asOfMonth: tl.asOfMonth,
    series,
    summary: summarize(
      s,
      tl,
      series,
      path.creditedByDeadlineUsdBn,
      pathWhy(s, tl, events, path, pReimposed[tl.deadlineMonth] ?? 0),
    ),
    sectors,
  };
}

/** The central path's selections and their funding (the first steps of `simulate`). */
export function centralFunding(s: Scenario, dataAsOf?: string) {
  const tl = timeline(s.periodEnd, dataAsOf);
  const sectors = allSectorEconomics(s);
  const fundProb = SECTOR_IDS.map((id) => sectors[id].fundingProbability);
  const plan = plannedSelections(s, tl, fundProb);
  const funding = fundSelections(
    s,
    tl.months.length,
    plan,
    (x) => expectedAccepted(x, fundProb),
    SECTOR_IDS.length,
  );
  return { tl, sectors, funding };
}

/** Months behind the required pace for a credited-by-deadline value (the Monte Carlo's median, say). */
export function monthsBehind(s: Scenario, creditedUsdBn: number): number {
  return monthsBehindPace(s, creditedUsdBn, timeline(s.periodEnd));
}
