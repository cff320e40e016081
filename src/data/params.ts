/**
 * Every numeric input of the scenario (MODEL.md §2): default, range, step, unit and
 * provenance. Rates and shares are stored as fractions (0.042 = 4.2%).
 */
import { ANNOUNCED_SELECTIONS } from './selections';
import { MOU_DATE } from './deal';
import { SOURCES, assumption, type Provenance } from './sources';

export type Unit =
  'usdBn' | 'usdBnPerYear' | 'days' | 'percent' | 'pp' | 'times' | 'yenPerUsd' | 'count' | 'weight';

export interface ParamSpec {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: Unit;
  /** Whole numbers only (path count, seed, days). */
  readonly integer?: boolean;
  readonly source: Provenance;
}

const DAY_MS = 86_400_000;
const daysBetween = (fromIso: string, toIso: string): number =>
  (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;

const announcedTotalUsdBn = ANNOUNCED_SELECTIONS.reduce((sum, row) => sum + row.valueUsdBn, 0);
const lastAnnounced = ANNOUNCED_SELECTIONS.reduce((d, row) => (row.date > d ? row.date : d), '');

/**
 * Average pace of the announced selections: US$109 bn in the 196 days from the MOU
 * (2025-09-04) to the last announcement (2026-03-19), per 365.25-day year, to 0.1 bn.
 */
export const ANNOUNCED_PACE_USD_BN_PER_YEAR =
  Math.round((announcedTotalUsdBn / daysBetween(MOU_DATE.value, lastAnnounced)) * 365.25 * 10) / 10;

/**
 * The pace that selects the rest of the pledge (US$441 bn) evenly from the month after the
 * last announcement (2026-04-01) to the deadline (2029-01-19), to 0.1 bn a year.
 */
export const REQUIRED_PACE_USD_BN_PER_YEAR =
  Math.round(
    ((550 - announcedTotalUsdBn) / (daysBetween('2026-04-01', '2029-01-19') / 365.25)) * 10,
  ) / 10;

const paceSource = assumption('basis.pace', {
  total: { usdBn: Math.round(announcedTotalUsdBn) },
  from: { date: MOU_DATE.value },
  to: { date: lastAnnounced },
});

export const PARAMS = {
  pledgeUsdBn: {
    default: 550,
    min: 50,
    max: 1000,
    step: 10,
    unit: 'usdBn',
    source: SOURCES.whFactSheet20250905,
  },
  fundingLagDays: {
    default: 45,
    min: 0,
    max: 180,
    step: 1,
    unit: 'days',
    integer: true,
    source: SOURCES.ft45Days,
  },
  annualCapUsdBn: {
    default: 0,
    min: 0,
    max: 300,
    step: 1,
    unit: 'usdBnPerYear',
    source: assumption('basis.annualCap'),
  },
  paceUsdBnPerYear: {
    default: ANNOUNCED_PACE_USD_BN_PER_YEAR,
    min: 0,
    max: 1000,
    step: 0.1,
    unit: 'usdBnPerYear',
    source: paceSource,
  },
  sofrAnnual: {
    default: 0.0365,
    min: 0,
    max: 0.1,
    step: 0.0005,
    unit: 'percent',
    source: SOURCES.fedRates,
  },
  treasury10yAnnual: {
    default: 0.042,
    min: 0,
    max: 0.1,
    step: 0.0005,
    unit: 'percent',
    source: SOURCES.treasury10y,
  },
  jbicSpreadAnnual: {
    default: 0.0035,
    min: 0,
    max: 0.02,
    step: 0.0005,
    unit: 'pp',
    source: SOURCES.jbicBonds,
  },
  loanSpreadAnnual: {
    default: 0.02,
    min: 0,
    max: 0.06,
    step: 0.0005,
    unit: 'pp',
    source: assumption('basis.loanSpread'),
  },
  guaranteeFeeAnnual: {
    default: 0.0075,
    min: 0,
    max: 0.03,
    step: 0.0005,
    unit: 'percent',
    source: assumption('basis.guaranteeFee'),
  },
  deemedSpreadAnnual: {
    default: 0.02,
    min: 0,
    max: 0.06,
    step: 0.0005,
    unit: 'pp',
    source: assumption('basis.deemedSpread'),
  },
  irrShiftAnnual: {
    default: 0,
    min: -0.05,
    max: 0.05,
    step: 0.0025,
    unit: 'pp',
    source: assumption('basis.irrShift'),
  },
  requiredMarginAnnual: {
    default: 0,
    min: -0.02,
    max: 0.03,
    step: 0.0005,
    unit: 'pp',
    source: SOURCES.akazawaProfits,
  },
  strictnessAnnual: {
    default: 0.0025,
    min: 0.0005,
    max: 0.02,
    step: 0.0005,
    unit: 'pp',
    source: assumption('basis.strictness'),
  },
  creditSensitivity: {
    default: 3,
    min: 0,
    max: 10,
    step: 0.5,
    unit: 'times',
    source: assumption('basis.creditSensitivity'),
  },
  usdJpy: { default: 155, min: 80, max: 250, step: 1, unit: 'yenPerUsd', source: SOURCES.usdJpy },
  guaranteeCreditWeight: {
    default: 1,
    min: 0,
    max: 1,
    step: 0.05,
    unit: 'weight',
    source: assumption('basis.guaranteeWeight'),
  },
  dealTariff: {
    default: 0.15,
    min: 0,
    max: 0.5,
    step: 0.005,
    unit: 'percent',
    source: SOURCES.eo14345,
  },
  penaltyTariff: {
    default: 0.25,
    min: 0.15,
    max: 0.5,
    step: 0.005,
    unit: 'percent',
    source: SOURCES.tariffLetter,
  },
  exportsUsdBn: {
    default: 150,
    min: 0,
    max: 400,
    step: 1,
    unit: 'usdBnPerYear',
    source: SOURCES.mofExports,
  },
  baseHazardAnnual: {
    default: 0.05,
    min: 0,
    max: 0.5,
    step: 0.005,
    unit: 'percent',
    source: SOURCES.alessandriaHazard,
  },
  gapMultiplier: {
    default: 2,
    min: 1,
    max: 10,
    step: 0.1,
    unit: 'times',
    source: assumption('basis.gapMultiplier'),
  },
  declineMultiplier: {
    default: 3,
    min: 1,
    max: 10,
    step: 0.1,
    unit: 'times',
    source: assumption('basis.declineMultiplier'),
  },
  deadlineFactor: {
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    unit: 'times',
    source: assumption('basis.deadlineFactor'),
  },
  gdpEffectAnnual: {
    default: 0.003,
    min: 0,
    max: 0.02,
    step: 0.0005,
    unit: 'percent',
    source: SOURCES.nriGdp,
  },
  mcPaths: {
    default: 1000,
    min: 100,
    max: 20_000,
    step: 100,
    unit: 'count',
    integer: true,
    source: assumption('basis.mcPaths'),
  },
  mcSeed: {
    default: 550,
    min: 0,
    max: 2_147_483_647,
    step: 1,
    unit: 'count',
    integer: true,
    source: assumption('basis.mcSeed'),
  },
} as const satisfies Record<string, ParamSpec>;

export type ParamKey = keyof typeof PARAMS;
export const PARAM_KEYS = Object.keys(PARAMS) as ParamKey[];

/** The investment-period end and its allowed range (ISO dates). */
export const PERIOD_END = {
  default: '2029-01-19',
  min: '2026-01-01',
  max: '2032-12-31',
  source: SOURCES.hudsonMou,
} as const;
