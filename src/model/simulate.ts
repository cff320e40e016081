/**
 * The deterministic run of the scenario model (MODEL.md §4 and §6): every monthly series
 * and the summary figures, from a scenario that has passed normalizeScenario.
 */
import { SECTOR_IDS, type SectorId } from '../data/sectors';
import { cumulate } from './cumulate';
import { toArray } from './toArray';
import { allSectorEconomics, type SectorEconomics } from './economics';
import { fundSelections } from './funding';
import { eventMultipliers, hazardSeries } from './hazard';
import { pathSeries } from './pathSeries';
import { plannedSelections } from './programme';
import { INSTRUMENTS, type Instrument, type Scenario } from './scenario';
import { sectorSeries } from './sectorSeries';
import { timeline } from './timeline';
import { summarize, type Summary } from './summary';

export interface Series {
  /** Cumulative US$ bn by month. */
  readonly selected: number[];
  readonly committed: number[];
  readonly credited: number[];
  readonly disbursed: number[];
  readonly declined: number[];
  readonly required: number[];
  /** Outstanding US$ bn (not cumulative). */
  readonly exposure: number[];
  /** Share of the pledge (0–1). */
  readonly shortfall: number[];
  /** Monthly probability (0–1). */
  readonly hazard: number[];
  /** Probability re-imposed by month end (0–1). */
  readonly pReimposed: number[];
  /** Cumulative expected extra duties, US$ bn. */
  readonly expectedDutiesUsdBn: number[];
  /** Expected GDP effect, fraction of Japan's GDP a year. */
  readonly gdpEffect: number[];
  readonly committedByInstrument: Readonly<Record<Instrument, number[]>>;
  readonly disbursedByInstrument: Readonly<{ equity: number[]; loans: number[] }>;
  readonly selectedBySector: Readonly<Record<SectorId, number[]>>;
  readonly committedBySector: Readonly<Record<SectorId, number[]>>;
  readonly disbursedBySector: Readonly<Record<SectorId, number[]>>;
}

export interface Result {
  /** 'YYYY-MM', month 0 = '2025-09'. */
  readonly months: readonly string[];
  /** Index of the month holding the investment-period end. */
  readonly deadlineMonth: number;
  readonly series: Series;
  readonly summary: Summary;
  readonly sectors: Readonly<Record<SectorId, SectorEconomics>>;
}

const bySector = (rows: readonly Float64Array[]): Record<SectorId, number[]> =>
  Object.fromEntries(SECTOR_IDS.map((id, k) => [id, toArray(rows[k] ?? [])])) as Record<
    SectorId,
    number[]
  >;

export function simulate(s: Scenario): Result {
  const tl = timeline(s.periodEnd);
  const n = tl.months.length;
  const sectors = allSectorEconomics(s);
  const fundProb = SECTOR_IDS.map((id) => sectors[id].fundingProbability);
  const plan = plannedSelections(s, tl, fundProb);
  const funding = fundSelections(s, n, plan, (x) => fundProb[x.sector] ?? 0, SECTOR_IDS.length);
  const path = pathSeries(s, tl, funding);
  const detail = sectorSeries(s, n, funding.commitments);
  const risk = hazardSeries(s, tl, eventMultipliers(s, tl), path);
  const dutyPerMonthUsdBn = (s.exportsUsdBn / 12) * (s.penaltyTariff - s.dealTariff);
  const pReimposed = toArray(risk.pReimposed);
  let duties = 0;
  const committed = toArray(path.committed);
  const series: Series = {
    selected: toArray(path.selected),
    committed,
    credited: toArray(path.credited),
    disbursed: toArray(path.disbursed),
    declined: toArray(path.declined),
    required: tl.elapsedShare.map((x) => x * s.pledgeUsdBn),
    exposure: toArray(detail.exposure),
    shortfall: toArray(risk.shortfall),
    hazard: toArray(risk.hazard),
    pReimposed,
    expectedDutiesUsdBn: pReimposed.map((p) => (duties += p * dutyPerMonthUsdBn)),
    gdpEffect: pReimposed.map((p) => p * s.gdpEffectAnnual),
    committedByInstrument: Object.fromEntries(
      INSTRUMENTS.map((k) => [k, committed.map((v) => v * s.mix[k])]),
    ) as Record<Instrument, number[]>,
    disbursedByInstrument: {
      equity: committed.map((v) => v * s.mix.equity),
      loans: committed.map((v, t) => (path.disbursed[t] ?? 0) - v * s.mix.equity),
    },
    selectedBySector: bySector(funding.selectedBySector.map(cumulate)),
    committedBySector: bySector(detail.committedBySector),
    disbursedBySector: bySector(detail.disbursedBySector),
  };
  return {
    months: tl.months,
    deadlineMonth: tl.deadlineMonth,
    series,
    summary: summarize(s, tl, series, path.creditedByDeadlineUsdBn),
    sectors,
  };
}
