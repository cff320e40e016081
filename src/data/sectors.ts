/**
 * The sector table of MODEL.md §2: construction profile, project life, project IRR,
 * annual default probability and typical project size, with the provenance of each row.
 */
import { assumption, cite, type Provenance } from './provenance';

export const SECTOR_IDS = [
  'gas',
  'nuclear',
  'ai',
  'semis',
  'minerals',
  'pharma',
  'shipping',
  'other',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export interface SectorData {
  /** Share of capex drawn in each construction year; sums to 1. */
  readonly capexShareByYear: readonly number[];
  readonly lifeYears: number;
  /** Project IRR as an annual rate (0.09 = 9%). */
  readonly projectIrrAnnual: number;
  /** Annual probability of default at the default loan rate. */
  readonly defaultProbAnnual: number;
  readonly typicalProjectUsdBn: number;
  /** Where the construction profile comes from. */
  readonly profileSource: Provenance;
  /** Where life, IRR, default probability and size come from. */
  readonly parameterSource: Provenance;
}

const FINANCE_GUESS = assumption('basis.sectorFinance');

export const SECTORS: Readonly<Record<SectorId, SectorData>> = {
  gas: {
    capexShareByYear: [0.5, 0.4, 0.1],
    lifeYears: 25,
    projectIrrAnnual: 0.09,
    defaultProbAnnual: 0.01,
    typicalProjectUsdBn: 15,
    profileSource: cite('nrelReeds'),
    parameterSource: FINANCE_GUESS,
  },
  nuclear: {
    capexShareByYear: [0.1, 0.2, 0.2, 0.2, 0.2, 0.1],
    lifeYears: 40,
    projectIrrAnnual: 0.08,
    defaultProbAnnual: 0.02,
    typicalProjectUsdBn: 20,
    profileSource: cite('nrelReeds'),
    parameterSource: FINANCE_GUESS,
  },
  ai: {
    capexShareByYear: [0.6, 0.4],
    lifeYears: 15,
    projectIrrAnnual: 0.1,
    defaultProbAnnual: 0.015,
    typicalProjectUsdBn: 10,
    profileSource: assumption('basis.sector.ai'),
    parameterSource: FINANCE_GUESS,
  },
  semis: {
    capexShareByYear: [0.3, 0.5, 0.2],
    lifeYears: 15,
    projectIrrAnnual: 0.11,
    defaultProbAnnual: 0.02,
    typicalProjectUsdBn: 10,
    profileSource: cite('csetFabs'),
    parameterSource: FINANCE_GUESS,
  },
  minerals: {
    capexShareByYear: [0.4, 0.4, 0.2],
    lifeYears: 20,
    projectIrrAnnual: 0.1,
    defaultProbAnnual: 0.025,
    typicalProjectUsdBn: 2,
    profileSource: assumption('basis.sector.minerals'),
    parameterSource: FINANCE_GUESS,
  },
  pharma: {
    capexShareByYear: [0.3, 0.4, 0.3],
    lifeYears: 15,
    projectIrrAnnual: 0.12,
    defaultProbAnnual: 0.015,
    typicalProjectUsdBn: 3,
    profileSource: assumption('basis.sector.pharma'),
    parameterSource: FINANCE_GUESS,
  },
  shipping: {
    capexShareByYear: [0.3, 0.4, 0.3],
    lifeYears: 25,
    projectIrrAnnual: 0.08,
    defaultProbAnnual: 0.02,
    typicalProjectUsdBn: 2,
    profileSource: assumption('basis.sector.shipping'),
    parameterSource: FINANCE_GUESS,
  },
  other: {
    capexShareByYear: [0.5, 0.5],
    lifeYears: 10,
    projectIrrAnnual: 0.12,
    defaultProbAnnual: 0.03,
    typicalProjectUsdBn: 1,
    profileSource: assumption('basis.sector.other'),
    parameterSource: FINANCE_GUESS,
  },
};

/** Loss given default, the same for every sector: Moody's ultimate recoveries average 80%. */
export const LOSS_GIVEN_DEFAULT = {
  value: 0.2,
  source: cite('moodysProjectFinance'),
} as const;

/**
 * Upper limits ("up to", US$ bn) in the official October 2025 candidate list, grouped into
 * our sectors. The default sector mix of future selections is each group's share of the sum.
 */
export const CANDIDATE_LIST_USD_BN: Readonly<Record<SectorId, number>> = {
  // Westinghouse AP1000s and SMRs (up to 100) and GE Vernova Hitachi SMRs (up to 100).
  nuclear: 200,
  // The rest of the US$332 bn energy line (132), GE Vernova turbines (25), Toshiba
  // transformers (25) and Carrier cooling (20).
  gas: 202,
  // Mitsubishi Electric 30, TDK 25, Fujikura 20.
  ai: 75,
  // Murata 15, Panasonic 15.
  semis: 30,
  // Ammonia/urea 3, copper smelter 2.
  minerals: 5,
  pharma: 0,
  // Crude-export ports 0.6, diamond grit 0.5, LFP plant 0.35.
  shipping: 1.45,
  other: 0,
};
export const CANDIDATE_LIST_SOURCE = cite('whFactSheet20251028');
