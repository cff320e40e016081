/**
 * "Download the data" (issue 14): every monthly series of the model, by instrument, sector
 * and goods class, with the Monte Carlo's percentiles, as one table; written as CSV (a plain
 * table a spreadsheet or any CSV parser reads: one header row, then one row a month; the
 * metadata travel in the JSON beside it) and as JSON (inputs, outputs, versions, the data's
 * date, sources, licence, link). Amounts are US$ bn, the model's unit.
 */
import { GOODS_IDS } from '../data/goods';
import { SECTOR_IDS } from '../data/sectors';
import { INSTRUMENTS, type MonteCarloResult, type Result, type Scenario } from '../model';
import { answersOf } from '../state/answers';

export interface DataColumn {
  /** Column name in the file (snake_case, with its unit). */
  readonly key: string;
  readonly values: readonly number[];
}

export interface DataTable {
  readonly months: readonly string[];
  /** 1 for a month of history (up to the data's as-of month), 0 for the projection. */
  readonly history: readonly number[];
  readonly columns: readonly DataColumn[];
}

/**
 * Every series of a run (and of its Monte Carlo, when there is one) by month; `exposure` is the
 * run's own (src/model `exposure`, which `simulate` leaves out: no view shows it).
 */
export function dataTable(
  r: Result,
  mc: MonteCarloResult | null,
  exposure: readonly number[],
): DataTable {
  const x = r.series;
  const cols: DataColumn[] = [
    { key: 'selected_usd_bn', values: x.selected },
    { key: 'committed_usd_bn', values: x.committed },
    { key: 'credited_usd_bn', values: x.credited },
    { key: 'disbursed_usd_bn', values: x.disbursed },
    { key: 'declined_usd_bn', values: x.declined },
    { key: 'required_usd_bn', values: x.required },
    { key: 'exposure_usd_bn', values: exposure },
    { key: 'shortfall_share', values: x.shortfall },
    { key: 'hazard_central', values: x.hazard },
    { key: 'p_penalty_central', values: x.pReimposed },
    { key: 'expected_duties_central_usd_bn', values: x.expectedDutiesUsdBn },
    { key: 'gdp_effect_central_share', values: x.gdpEffect },
    { key: 'average_tariff_central', values: x.averageTariff },
    ...INSTRUMENTS.map((k) => ({
      key: `committed_${k}_usd_bn`,
      values: x.committedByInstrument[k],
    })),
    ...SECTOR_IDS.map((k) => ({ key: `selected_${k}_usd_bn`, values: x.selectedBySector[k] })),
    ...SECTOR_IDS.map((k) => ({ key: `committed_${k}_usd_bn`, values: x.committedBySector[k] })),
    ...GOODS_IDS.map((k) => ({
      key: `expected_duties_${k}_central_usd_bn`,
      values: x.expectedDutiesByClass[k],
    })),
  ];
  if (mc) {
    cols.push(
      { key: 'mc_credited_p5_usd_bn', values: mc.credited.p5 },
      { key: 'mc_credited_p25_usd_bn', values: mc.credited.p25 },
      { key: 'mc_credited_p50_usd_bn', values: mc.credited.p50 },
      { key: 'mc_credited_p75_usd_bn', values: mc.credited.p75 },
      { key: 'mc_credited_p95_usd_bn', values: mc.credited.p95 },
      { key: 'mc_share_penalty', values: mc.shareReimposed },
      { key: 'mc_expected_duties_usd_bn', values: mc.tariff.expectedDutiesUsdBn },
      // By goods class, as the goods table prints them once the Monte Carlo is in.
      ...GOODS_IDS.map((k) => ({
        key: `mc_expected_duties_${k}_usd_bn`,
        values: mc.tariff.expectedDutiesByClass[k],
      })),
      { key: 'mc_average_tariff', values: mc.tariff.averageTariff },
    );
  }
  return {
    months: r.months,
    history: r.months.map((_, i) => (i <= r.asOfMonth ? 1 : 0)),
    columns: cols,
  };
}

const number = (v: number | undefined): string =>
  v !== undefined && Number.isFinite(v) ? String(Math.round(v * 1e9) / 1e9) : '';

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function dataCsv(table: DataTable): string {
  const header = ['month', 'history', ...table.columns.map((c) => c.key)].map(csvField).join(',');
  const rows = table.months.map((m, i) =>
    [
      csvField(m),
      String(table.history[i] ?? 0),
      ...table.columns.map((c) => number(c.values[i])),
    ].join(','),
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

export interface DataFileMeta {
  readonly title: string;
  readonly link: string;
  readonly made: string;
  readonly model: string;
  readonly data: { readonly version: string; readonly asOf: string };
  readonly licence: string;
  readonly citation: string;
  readonly scenarioName: string;
  readonly sources: readonly unknown[];
}

/**
 * The answers the page prints (src/state/answers.ts), as its headline and summary print them:
 * the Monte Carlo's (the chance of a penalty and its 95% interval; the median path's credited
 * amount and its 5–95% range; the duties and GDP effect of the same paths), else the central
 * path's, marked so.
 */
export function answersJson(s: Scenario, r: Result, mc: MonteCarloResult | null) {
  const a = answersOf(s, r, mc);
  return {
    basis: a.provisional ? 'central path' : `Monte Carlo, ${a.paths ?? 0} paths`,
    deadline: s.periodEnd,
    chanceOfPenaltyByDeadline: a.risk,
    creditedByDeadlineUsdBn: a.credited,
    creditedByDeadlineShare: a.creditedShare,
    monthsBehindPace: a.monthsBehind,
    expectedDutiesToEnd2029UsdBn: a.dutiesUsdBn,
    expectedGdpEffectEnd2029: a.gdpEffect,
  };
}

/**
 * The JSON file: the metadata, the inputs (importable back), the page's answers, the central
 * path's summary and every series.
 */
export function dataJson(
  meta: DataFileMeta,
  s: Scenario,
  r: Result,
  mc: MonteCarloResult | null,
  table: DataTable,
) {
  return {
    app: 'pledge-explorer',
    ...meta,
    units: 'Amounts in US$ bn (cumulative where named so); shares and probabilities as fractions.',
    scenario: s,
    answers: answersJson(s, r, mc),
    summaryBasis:
      'The central path: every uncertain quantity at its expected value. The page prints the Monte Carlo’s answers, in `answers`.',
    summary: r.summary,
    monteCarlo: mc
      ? {
          paths: mc.paths,
          seed: mc.seed,
          shareReimposedByDeadline: mc.shareReimposedByDeadline,
          why: mc.why,
          creditedAtDeadline: mc.creditedAtDeadline,
        }
      : null,
    months: table.months,
    history: table.history,
    series: Object.fromEntries(table.columns.map((c) => [c.key, c.values])),
  };
}
