/**
 * What has happened to the pledge, as sourced facts (MODEL.md §0 and §3): the projects
 * Washington has announced, and the financing reported for them. Names and descriptions are
 * in src/data/text (both languages), under `selection.<id>` and `funding.<id>`.
 */
import type { SectorId } from './sectors';
import { cite, type Provenance } from './provenance';

export interface AnnouncedSelection {
  /** Stable short id, used in share links. */
  readonly id: string;
  /** Date the President's selection was announced, 'YYYY-MM-DD'. */
  readonly date: string;
  /** The English name; the page shows `selection.<id>` in the reader's language. */
  readonly name: string;
  readonly sector: SectorId;
  readonly valueUsdBn: number;
  readonly source: Provenance;
}

export const ANNOUNCED_SELECTIONS: readonly AnnouncedSelection[] = [
  {
    id: 'oh-gas',
    date: '2026-02-17',
    name: 'Ohio 9.2 GW gas power plant (SB Energy)',
    sector: 'gas',
    valueUsdBn: 33.3,
    source: cite('tbsTranche1'),
  },
  {
    id: 'tx-gulflink',
    date: '2026-02-17',
    name: 'Texas GulfLink crude export terminal',
    sector: 'shipping',
    valueUsdBn: 2.1,
    source: cite('reutersTranche1'),
  },
  {
    id: 'ga-diamond',
    date: '2026-02-17',
    name: 'Georgia synthetic diamond grit plant',
    sector: 'minerals',
    valueUsdBn: 0.6,
    source: cite('reutersTranche1'),
  },
  {
    id: 'tn-al-smr',
    date: '2026-03-19',
    name: 'SMR power plants, Tennessee and Alabama (GE Vernova Hitachi)',
    sector: 'nuclear',
    valueUsdBn: 40,
    source: cite('whFactSheet20260319'),
  },
  {
    id: 'pa-tx-gas',
    date: '2026-03-19',
    name: 'Gas generation, Pennsylvania and Texas',
    sector: 'gas',
    valueUsdBn: 33,
    source: cite('whFactSheet20260319'),
  },
];

/** A reported step in funding announced projects: drawn on the money chart as a fact. */
export interface FundingEvent {
  readonly id: string;
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  readonly kind: 'loansSigned' | 'guaranteeSigned' | 'equityPaid';
  /** The announced projects it finances (ids above). */
  readonly selections: readonly string[];
  /** The amount reported, in ¥ bn, and whether the report says "more than". */
  readonly amountJpyBn: number;
  readonly atLeast: boolean;
  readonly source: Provenance;
}

export const FUNDING_EVENTS: readonly FundingEvent[] = [
  {
    id: 'jbic-2026-05-01',
    date: '2026-05-01',
    kind: 'loansSigned',
    selections: ['oh-gas', 'tx-gulflink', 'ga-diamond'],
    amountJpyBn: 340,
    atLeast: true,
    source: cite('nhkJbicLoans'),
  },
];
