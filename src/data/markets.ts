/**
 * Market figures, each the latest sourced value on or before the data's as-of date
 * (MODEL.md §2 "Rates and markets"). A figure from a single weak source carries confidence
 * C in its source, and the page labels it so.
 */
import { cite, type SourceRef } from './provenance';

export interface MarketFigure {
  readonly value: number;
  /** The day the figure refers to, 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY'). */
  readonly asOf: string;
  readonly source: SourceRef;
}

export const MARKETS = {
  /** 10-year US Treasury yield: the last dated close found before 9 Oct 2026. */
  treasury10y: { value: 0.048, asOf: '2026-09-08', source: cite('treasury10ySep2026') },
  /** Its 2026 range so far, for the tornado: the February low, and about 5% by late September. */
  treasury10yLow2026: { value: 0.0404, asOf: '2026-02-13', source: cite('treasury10y') },
  treasury10yHigh2026: { value: 0.05, asOf: '2026-09-25', source: cite('treasury10yHigh2026') },
  /**
   * SOFR: no 2026 print was found; since 17 Sep 2026 the Fed's corridor is 3.75% (reverse
   * repo) to 4.00% (standing repo), with interest on reserves at 3.90%, where SOFR trades.
   */
  sofr: { value: 0.039, asOf: '2026-09-17', source: cite('fedSeptember2026') },
  /** Yen per US dollar, for amounts shown in yen: the last dated value found. */
  usdJpy: { value: 154, asOf: '2026-09-08', source: cite('usdJpySep2026') },
  /** The 2025 average, for converting MOF's yen export figures to dollars. */
  usdJpy2025Average: { value: 149.5686, asOf: '2025', source: cite('fedG5a2025') },
} as const satisfies Record<string, MarketFigure>;
