/**
 * Every numeric input of the scenario (MODEL.md §2): default, range, step, unit, provenance
 * (the plausible range the tornado sweeps is in src/data/plausible.ts). Rates and shares are
 * stored as fractions (0.042 = 4.2%).
 */
import { ANNOUNCED_SELECTIONS } from './selections';
import { MOU_DATE } from './deal';
import { DATA_AS_OF } from './dataVersion';
import { EXPORTS_2025_JPY_BN } from './goods';
import { MARKETS } from './markets';
import { assumption, cite, type Provenance } from './provenance';

export type Unit =
  | 'usdBn'
  | 'usdBnPerYear'
  | 'days'
  | 'percent'
  | 'pp'
  | 'times'
  | 'yenPerUsd'
  | 'count'
  | 'weight'
  | 'threatsPerYear';

/** Where an input plausibly lies (src/data/plausible.ts): the tornado sweeps it from `low` to `high`. */
export interface Plausible {
  readonly low: number;
  readonly high: number;
  readonly source: Provenance;
}

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
const DAYS_PER_YEAR = 365.25;
const daysBetween = (fromIso: string, toIso: string): number =>
  (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;
const round1 = (x: number) => Math.round(x * 10) / 10;

export const ANNOUNCED_TOTAL_USD_BN = ANNOUNCED_SELECTIONS.reduce(
  (sum, r) => sum + r.valueUsdBn,
  0,
);
/** The first and the last announcement's days. */
export const FIRST_ANNOUNCED = ANNOUNCED_SELECTIONS.reduce(
  (d, r) => (r.date < d ? r.date : d),
  '9999',
);
const lastAnnounced = ANNOUNCED_SELECTIONS.reduce((d, r) => (r.date > d ? r.date : d), '');

/**
 * The default pace (MODEL.md §0): the announced value over the years from the MOU to the
 * data's as-of date (US$109 bn over 400 days, about US$99.5 bn a year for the 2026-10-09
 * release), to 0.1 bn.
 */
export const PACE_TO_DATE_USD_BN_PER_YEAR = round1(
  (ANNOUNCED_TOTAL_USD_BN / daysBetween(MOU_DATE.value, DATA_AS_OF)) * DAYS_PER_YEAR,
);

/**
 * The pace of the announced tranches alone: the value announced over the days from the MOU
 * to the last announcement (US$109 bn in 196 days, about US$203 bn a year), to 0.1 bn.
 */
export const LAST_ANNOUNCED = lastAnnounced;
export const TRANCHE_PACE_USD_BN_PER_YEAR = round1(
  (ANNOUNCED_TOTAL_USD_BN / daysBetween(MOU_DATE.value, lastAnnounced)) * DAYS_PER_YEAR,
);

/** Japan's 2025 goods exports to the US in US$ bn: MOF's yen total at the 2025 average rate. */
export const EXPORTS_2025_USD_BN = round1(
  EXPORTS_2025_JPY_BN.total / MARKETS.usdJpy2025Average.value,
);

const paceSource = assumption('basis.pace', {
  total: { usdBn: Math.round(ANNOUNCED_TOTAL_USD_BN) },
  from: { date: MOU_DATE.value },
  to: { date: DATA_AS_OF },
});

export const PARAMS = {
  pledgeUsdBn: {
    default: 550,
    min: 50,
    max: 1000,
    step: 10,
    unit: 'usdBn',
    source: cite('whFactSheet20250905'),
  },
  fundingLagDays: {
    default: 45,
    min: 0,
    max: 180,
    step: 1,
    unit: 'days',
    integer: true,
    source: cite('ft45Days'),
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
    default: PACE_TO_DATE_USD_BN_PER_YEAR,
    min: 0,
    max: 1000,
    step: 0.1,
    unit: 'usdBnPerYear',
    source: paceSource,
  },
  sofrAnnual: {
    default: MARKETS.sofr.value,
    min: 0,
    max: 0.1,
    step: 0.0005,
    unit: 'percent',
    source: MARKETS.sofr.source,
  },
  treasury10yAnnual: {
    default: MARKETS.treasury10y.value,
    min: 0,
    max: 0.1,
    step: 0.0005,
    unit: 'percent',
    source: MARKETS.treasury10y.source,
  },
  jbicSpreadAnnual: {
    default: 0.0035,
    min: 0,
    max: 0.02,
    step: 0.0005,
    unit: 'pp',
    source: cite('jbicBonds'),
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
    source: cite('akazawaProfits'),
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
  usdJpy: {
    default: MARKETS.usdJpy.value,
    min: 80,
    max: 250,
    step: 1,
    unit: 'yenPerUsd',
    source: MARKETS.usdJpy.source,
  },
  guaranteeCreditWeight: {
    default: 1,
    min: 0,
    max: 1,
    step: 0.05,
    unit: 'weight',
    source: assumption('basis.guaranteeWeight'),
  },
  exportsUsdBn: {
    default: EXPORTS_2025_USD_BN,
    min: 0,
    max: 400,
    step: 1,
    unit: 'usdBnPerYear',
    source: cite('mofExports2025'),
  },
  threatRateAnnual: {
    default: 0.25,
    min: 0,
    max: 5,
    step: 0.05,
    unit: 'threatsPerYear',
    source: assumption('basis.threatRate'),
  },
  implementedShare: {
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    unit: 'percent',
    source: cite('bloombergTaco'),
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
  successorFactor: {
    default: 0.5,
    min: 0,
    max: 2,
    step: 0.05,
    unit: 'times',
    source: assumption('basis.successorFactor'),
  },
  gdpPerTenPointsAnnual: {
    default: 0.0024,
    min: 0,
    max: 0.02,
    step: 0.0001,
    unit: 'percent',
    source: cite('nriTenPercent'),
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
  source: cite('hudsonMou'),
} as const;
