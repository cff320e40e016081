/** The deal's fixed dates and headline terms (MODEL.md §1–2), each with its source. */
import { cite, type Provenance } from './provenance';

/** Month 0 of every series: September 2025, the month the MOU was signed. */
export const FIRST_MONTH = '2025-09';
/** The last month of every series, so long (nuclear) drawdowns finish on the chart. */
export const LAST_MONTH = '2040-12';

export const MOU_DATE = { value: '2025-09-04', source: cite('hudsonMou') } as const;

/**
 * The end of the presidential term that made the deal (noon, 20 January 2029: the
 * Twentieth Amendment). From the month after it, the threat rate is scaled by the
 * successor-administration factor (MODEL.md §2, "after the term").
 */
export const TERM_END = { value: '2029-01-20', source: cite('usConstitution20th') } as const;

export const DEAL_SOURCES: Record<string, Provenance> = {
  pledge: cite('whFactSheet20250905'),
  periodEnd: cite('hudsonMou'),
  fundingLag: cite('ft45Days'),
};
