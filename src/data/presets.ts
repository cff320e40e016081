/**
 * Named scenarios (MODEL.md §2 "Presets" [v2]). Each preset is a patch over the defaults with
 * its sources; names and one-line descriptions (each saying what it changes) live in the
 * catalogues under `preset.<id>.name` and `preset.<id>.description`. test/data/presets.test.ts
 * checks that each preset's numbers keep the promise of its name.
 */
import type { Scenario } from '../model';
import { TRANCHE_PACE_USD_BN_PER_YEAR } from './params';
import { CANDIDATE_LIST_USD_BN, SECTOR_IDS, type SectorId } from './sectors';
import { assumption, cite, type Provenance } from './provenance';
import type { PresetId } from './presetIds';

export type ScenarioPatch = Partial<Scenario>;

export interface Preset {
  readonly id: PresetId;
  readonly patch: ScenarioPatch;
  readonly sources: readonly Provenance[];
}

// The presets' ids live apart (src/data/presetIds.ts): the page's paths name them, and
// whatever only needs the ids then does not carry the presets themselves.
export { PRESET_IDS, type PresetId } from './presetIds';

/**
 * The selection pace at which the central path credits the whole pledge by the deadline,
 * US$ bn a year: solved by bisection (model `solvePace`) with every other input at its
 * default; test/data/presets.test.ts re-solves it, so a data release that moves it fails
 * until this figure is updated.
 */
export const ON_PACE_USD_BN_PER_YEAR = 215.3;

const normalise = <K extends string>(weights: Record<K, number>): Record<K, number> => {
  const total = Object.values<number>(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries<number>(weights).map(([k, v]) => [k, v / total]),
  ) as Record<K, number>;
};

const candidateTotal = SECTOR_IDS.reduce((s, id) => s + CANDIDATE_LIST_USD_BN[id], 0);

/** Korea's US$150 bn of shipbuilding out of US$350 bn (43%); the rest in the default proportions. */
const KOREA_SHIPBUILDING_SHARE = 150 / 350;
const koreaSectors = Object.fromEntries(
  SECTOR_IDS.map((id) => {
    const rest =
      (CANDIDATE_LIST_USD_BN[id] / (candidateTotal - CANDIDATE_LIST_USD_BN.shipping)) *
      (1 - KOREA_SHIPBUILDING_SHARE);
    return [id, id === 'shipping' ? KOREA_SHIPBUILDING_SHARE : rest];
  }),
) as Record<SectorId, number>;

/** Tokyo's description of the ceiling: equity 1.5% (1–2%), JBIC a third, NEXI guarantees two thirds. */
const TOKYO_EQUITY = 0.015;
const tokyoMix = { equity: TOKYO_EQUITY, loans: 1 / 3 - TOKYO_EQUITY, guarantees: 2 / 3 };
/** "Won't take losses": Japan asks half a point over its funding cost (assumption). */
const TOKYO_REQUIRED_MARGIN = 0.005;

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  central: {
    id: 'central',
    patch: {},
    sources: [assumption('basis.preset.central')],
  },
  tranchePace: {
    id: 'tranchePace',
    patch: { paceUsdBnPerYear: TRANCHE_PACE_USD_BN_PER_YEAR },
    sources: [cite('reutersTranche1'), cite('whFactSheet20260319')],
  },
  tokyo: {
    id: 'tokyo',
    patch: { mix: tokyoMix, guaranteeCreditWeight: 1, requiredMarginAnnual: TOKYO_REQUIRED_MARGIN },
    sources: [
      cite('mainichiComposition'),
      cite('akazawaEquity'),
      cite('cabinetBreakEven'),
      assumption('basis.preset.tokyoMargin'),
    ],
  },
  washington: {
    id: 'washington',
    patch: { guaranteeCreditWeight: 0.25 },
    sources: [assumption('basis.preset.washington')],
  },
  ourMoney: {
    id: 'ourMoney',
    patch: { mix: { equity: 0.5, loans: 0.5, guarantees: 0 } },
    sources: [assumption('basis.preset.ourMoney')],
  },
  seedArticle: {
    id: 'seedArticle',
    // Midpoints of the article's ranges, normalised to 100%. Its "clean energy & critical
    // minerals" line is split evenly between gas/power and minerals (assumption).
    patch: {
      mix: normalise({ equity: 7.5, loans: 62.5, guarantees: 27.5 }),
      sectors: normalise({
        gas: 8.75,
        nuclear: 0,
        ai: 0,
        semis: 37.5,
        minerals: 8.75,
        pharma: 17.5,
        shipping: 12.5,
        other: 10,
      }),
    },
    sources: [cite('seedArticle')],
  },
  stalled: {
    id: 'stalled',
    patch: { paceUsdBnPerYear: 0 },
    sources: [cite('whWithoutTranche')],
  },
  highRates: {
    id: 'highRates',
    patch: { treasury10yAnnual: 0.055, sofrAnnual: 0.05 },
    sources: [assumption('basis.preset.highRates')],
  },
  onPace: {
    id: 'onPace',
    patch: { paceUsdBnPerYear: ON_PACE_USD_BN_PER_YEAR },
    sources: [assumption('basis.preset.onPace', { pace: { usdBn: ON_PACE_USD_BN_PER_YEAR } })],
  },
  korea: {
    id: 'korea',
    patch: {
      pledgeUsdBn: 350,
      annualCapUsdBn: 20,
      capExempt: ['shipping'],
      sectors: koreaSectors,
    },
    sources: [cite('whKoreaFactSheet'), cite('koreaCashCap')],
  },
};
