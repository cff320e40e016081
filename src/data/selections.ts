/** The projects Washington has announced so far (MODEL.md §3), each row with its source. */
import type { SectorId } from './sectors';
import { SOURCES, type Provenance } from './sources';

export interface AnnouncedSelection {
  /** Stable short id, used in share links. */
  readonly id: string;
  /** Date the President's selection was announced, 'YYYY-MM-DD'. */
  readonly date: string;
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
    source: SOURCES.tbsTranche1,
  },
  {
    id: 'tx-gulflink',
    date: '2026-02-17',
    name: 'Texas GulfLink crude export terminal',
    sector: 'shipping',
    valueUsdBn: 2.1,
    source: SOURCES.reutersTranche1,
  },
  {
    id: 'ga-diamond',
    date: '2026-02-17',
    name: 'Georgia synthetic diamond grit plant',
    sector: 'minerals',
    valueUsdBn: 0.6,
    source: SOURCES.reutersTranche1,
  },
  {
    id: 'tn-al-smr',
    date: '2026-03-19',
    name: 'SMR power plants, Tennessee and Alabama (GE Vernova Hitachi)',
    sector: 'nuclear',
    valueUsdBn: 40,
    source: SOURCES.whFactSheet20260319,
  },
  {
    id: 'pa-tx-gas',
    date: '2026-03-19',
    name: 'Gas generation, Pennsylvania and Texas',
    sector: 'gas',
    valueUsdBn: 33,
    source: SOURCES.whFactSheet20260319,
  },
];

/** The date of the newest row: the app says "data as of" this date. */
export const DATA_AS_OF = ANNOUNCED_SELECTIONS.reduce(
  (latest, row) => (row.date > latest ? row.date : latest),
  '',
);
