/**
 * The data releases: each one's version, the day through which every fact in src/data was
 * checked (`dataAsOf`), and the changelog readers can open ("What changed in the data"). A
 * release is a commit that changes src/data: set the new version and date in dataVersion.ts
 * (the newest release's, which the page needs without this list) and add the release below
 * (docs/data.md walks through one). `npm run check:data` validates every row against it.
 */
import type { MessageKey } from '../i18n/en';
import { DATA_AS_OF, DATA_VERSION } from './dataVersion';
import type { Scenario } from '../model';

export interface Release {
  /** Data version, written into every link as `d=`. */
  readonly version: string;
  /** When the release was published, 'YYYY-MM-DD'. */
  readonly published: string;
  /** The day through which every fact was checked, 'YYYY-MM-DD'. */
  readonly dataAsOf: string;
  /** What changed and why: catalogue keys of src/data/text, one per line. */
  readonly changes: readonly Extract<MessageKey, `release.${string}`>[];
  /**
   * For an earlier release: the defaults that came from its data where they differ from the
   * current release's, so an old link's numbers can be recomputed under the data it was made
   * with and the change split between new data and model changes.
   */
  readonly defaults?: Partial<Scenario>;
}

/** Release 1 had one deal rate (15%) and one penalty rate (25%) on every class of goods. */
const RELEASE_1_GOODS = {
  autos: { share: 0.314, rateNow: 0.15, ratePenalty: 0.25 },
  metals232: { share: 0.25, rateNow: 0.15, ratePenalty: 0.25 },
  other: { share: 0.436, rateNow: 0.15, ratePenalty: 0.25 },
};

/** Every release, oldest first; the last one is the data this build carries. */
export const RELEASES: readonly Release[] = [
  {
    version: '1',
    published: '2026-11-22',
    dataAsOf: '2026-03-19',
    changes: ['release.1.first'],
    defaults: {
      paceUsdBnPerYear: 203.1,
      sofrAnnual: 0.0365,
      treasury10yAnnual: 0.042,
      usdJpy: 155,
      exportsUsdBn: 150,
      goods: RELEASE_1_GOODS,
    },
  },
  {
    version: DATA_VERSION,
    published: '2026-11-30',
    dataAsOf: DATA_AS_OF,
    changes: [
      'release.2.asOf',
      'release.2.tariffs',
      'release.2.goods',
      'release.2.funding',
      'release.2.markets',
      'release.2.hazard',
      'release.2.credit',
    ],
  },
];

/** A release by its version, if this build knows it. */
export const releaseOf = (version: string | null): Release | undefined =>
  RELEASES.find((r) => r.version === version);

/** The data this build carries: the newest release's version and date (dataVersion.ts). */
export { DATA_AS_OF, DATA_VERSION };
