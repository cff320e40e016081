/** Dated events that multiply the tariff hazard for a window (MODEL.md §2, Tariff risk). */
import { cite, type Provenance } from './provenance';

export interface HazardEventRow {
  readonly id: string;
  readonly label: string;
  /** First day of the window, 'YYYY-MM-DD'. */
  readonly start: string;
  /** Last day of the window, 'YYYY-MM-DD'. */
  readonly end: string;
  /** Factor applied to the monthly hazard in every month the window touches. */
  readonly multiplier: number;
  readonly enabled: boolean;
  readonly source: Provenance;
}

export const HAZARD_EVENTS: readonly HazardEventRow[] = [
  {
    id: 's301-s122',
    label: 'Section 301 determinations and the Section 122 surcharge expiry',
    start: '2026-07-01',
    end: '2026-08-31',
    multiplier: 2,
    enabled: true,
    source: cite('ustr301'),
  },
];
