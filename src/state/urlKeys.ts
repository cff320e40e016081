/** Short, stable URL keys for every scenario input. Renaming one needs a migration (urlMigrate.ts). */
import type { ParamKey } from '../data/params';

export const PARAM_URL_KEYS: Readonly<Record<ParamKey, string>> = {
  pledgeUsdBn: 'pl',
  fundingLagDays: 'lag',
  annualCapUsdBn: 'cap',
  paceUsdBnPerYear: 'pace',
  sofrAnnual: 'sofr',
  treasury10yAnnual: 'ust',
  jbicSpreadAnnual: 'jbic',
  loanSpreadAnnual: 'ls',
  guaranteeFeeAnnual: 'gf',
  deemedSpreadAnnual: 'ds',
  irrShiftAnnual: 'irr',
  requiredMarginAnnual: 'rm',
  strictnessAnnual: 'st',
  creditSensitivity: 'cs',
  usdJpy: 'fx',
  guaranteeCreditWeight: 'gw',
  exportsUsdBn: 'ex',
  threatRateAnnual: 'tr',
  implementedShare: 'imp',
  gapMultiplier: 'gm',
  declineMultiplier: 'dm',
  deadlineFactor: 'df',
  successorFactor: 'sf',
  gdpPerTenPointsAnnual: 'gdp',
  mcPaths: 'n',
  mcSeed: 'seed',
};

/** Keys of the non-numeric inputs, the versions, the headline stamp and the view. */
export const URL_KEYS = {
  version: 'v',
  model: 'm',
  data: 'd',
  stamp: 'c',
  /** A pinned comparison scenario, as its own query (issue 7). */
  pinned: 'a',
  embed: 'embed',
  chart: 'chart',
  controls: 'controls',
  theme: 'theme',
  lang: 'lang',
  cur: 'cur',
  stack: 'stack',
  riskView: 'rv',
  /** The split chart's sector: `eq=nuclear`. */
  splitSector: 'eq',
  /** The tornado's and the waterfall's outcome: `tor=credited`, `wf=credited`. */
  tornado: 'tor',
  waterfall: 'wf',
  tables: 'tbl',
  /** The defaults' baseline on the charts: `base=0` hides it. */
  baseline: 'base',
  /** The time charts' months: `t=2025-09..2029-12`. */
  range: 't',
  periodEnd: 'end',
  lagRule: 'rule',
  includeAnnounced: 'ann',
  mix: 'mix',
  sectors: 'sec',
  capExempt: 'cx',
  goods: 'gd',
  selections: 'sel',
  events: 'ev',
} as const;

/** The current schema version, always written. */
export const SCHEMA_VERSION = 2;
