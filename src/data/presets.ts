/**
 * Named scenarios (MODEL.md §2 "Presets"; issue 3). Each preset is a patch over the
 * defaults with its sources; names and one-line descriptions live in the i18n catalogues
 * under `preset.<id>.name` and `preset.<id>.description`.
 */
import type { Scenario } from '../model/scenario';
import { DEFAULT_MIX } from './mix';
import { REQUIRED_PACE_USD_BN_PER_YEAR } from './params';
import { CANDIDATE_LIST_USD_BN, SECTOR_IDS, type SectorId } from './sectors';
import { SOURCES, assumption, type Provenance } from './sources';

export type ScenarioPatch = Partial<Scenario>;

export interface Preset {
  readonly id: PresetId;
  readonly patch: ScenarioPatch;
  readonly sources: readonly Provenance[];
}

export const PRESET_IDS = [
  'central',
  'tokyo',
  'washington',
  'ourMoney',
  'seedArticle',
  'stalled',
  'highRates',
  'onPace',
  'korea',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const normalise = <K extends string>(weights: Record<K, number>): Record<K, number> => {
  const total = Object.values<number>(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries<number>(weights).map(([k, v]) => [k, v / total]),
  ) as Record<K, number>;
};

const { loans, guarantees } = DEFAULT_MIX.value;
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

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  central: {
    id: 'central',
    patch: {},
    sources: [assumption('basis.preset.central')],
  },
  tokyo: {
    id: 'tokyo',
    // Equity 1.5% (the minister's 1–2%); the rest in the default loan/guarantee ratio.
    patch: {
      mix: {
        equity: 0.015,
        loans: (0.985 * loans) / (loans + guarantees),
        guarantees: (0.985 * guarantees) / (loans + guarantees),
      },
      guaranteeCreditWeight: 1,
    },
    sources: [SOURCES.akazawaEquity],
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
    sources: [SOURCES.seedArticle],
  },
  stalled: {
    id: 'stalled',
    patch: { paceUsdBnPerYear: 0 },
    sources: [assumption('basis.preset.stalled')],
  },
  highRates: {
    id: 'highRates',
    patch: { treasury10yAnnual: 0.055, sofrAnnual: 0.05 },
    sources: [assumption('basis.preset.highRates')],
  },
  onPace: {
    id: 'onPace',
    patch: { paceUsdBnPerYear: REQUIRED_PACE_USD_BN_PER_YEAR },
    sources: [
      assumption('basis.preset.onPace', { pace: { usdBn: REQUIRED_PACE_USD_BN_PER_YEAR } }),
    ],
  },
  korea: {
    id: 'korea',
    patch: { pledgeUsdBn: 350, annualCapUsdBn: 20, sectors: koreaSectors },
    sources: [SOURCES.whKoreaFactSheet],
  },
};
