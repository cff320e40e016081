/**
 * The Scenario: plain data holding every input of MODEL.md §2, and its defaults, built from
 * the sourced tables in src/data.
 */
import { PARAMS, PERIOD_END, type ParamKey } from '../data/params';
import { ANNOUNCED_SELECTIONS } from '../data/selections';
import { HAZARD_EVENTS } from '../data/events';
import { CANDIDATE_LIST_USD_BN, SECTOR_IDS, type SectorId } from '../data/sectors';
import { GOODS_CLASSES, GOODS_IDS, RATE_NOW, type GoodsId } from '../data/goods';
import { DEFAULT_MIX } from '../data/mix';

export type { SectorId, GoodsId };
export const INSTRUMENTS = ['equity', 'loans', 'guarantees'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];
export type InstrumentMix = Readonly<Record<Instrument, number>>;
export type SectorMix = Readonly<Record<SectorId, number>>;
export type LagRule = 'business' | 'calendar';

/** A project Washington has selected (announced, or added by the reader). */
export interface Selection {
  readonly id: string;
  /** Announcement date, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly name: string;
  readonly sector: SectorId;
  readonly valueUsdBn: number;
}

/** A window in which the threat rate is multiplied. */
export interface HazardEvent {
  readonly id: string;
  readonly label: string;
  /** 'YYYY-MM-DD', inclusive. */
  readonly start: string;
  /** 'YYYY-MM-DD', inclusive. */
  readonly end: string;
  readonly multiplier: number;
  readonly enabled: boolean;
}

/** One goods class on the tariff side (MODEL.md §2 [v2]). */
export interface GoodsClass {
  /** Share of Japan's goods exports to the US (the shares sum to 1). */
  readonly share: number;
  /** Total rate it pays now, a fraction. */
  readonly rateNow: number;
  /** Total rate it would pay under a penalty, a fraction; never below `rateNow`. */
  readonly ratePenalty: number;
}
export type GoodsTable = Readonly<Record<GoodsId, GoodsClass>>;

export type ScenarioParams = { readonly [K in ParamKey]: number };

export interface Scenario extends ScenarioParams {
  /** Investment-period end, 'YYYY-MM-DD'. */
  readonly periodEnd: string;
  readonly lagRule: LagRule;
  /** Whether the announced selections count (on by default). */
  readonly includeAnnounced: boolean;
  /** Shares of equity, loans and guarantees; sum to 1. */
  readonly mix: InstrumentMix;
  /** Sector shares of future selections; sum to 1. */
  readonly sectors: SectorMix;
  /** Sectors whose cash the annual cap does not limit (in SECTOR_IDS order). */
  readonly capExempt: readonly SectorId[];
  /** The tariff side, by goods class. */
  readonly goods: GoodsTable;
  readonly selections: readonly Selection[];
  readonly events: readonly HazardEvent[];
}

function defaultParams(): ScenarioParams {
  const out = {} as Record<ParamKey, number>;
  for (const key of Object.keys(PARAMS) as ParamKey[]) out[key] = PARAMS[key].default;
  return out;
}

function defaultSectorMix(): SectorMix {
  const total = SECTOR_IDS.reduce((s, id) => s + CANDIDATE_LIST_USD_BN[id], 0);
  const mix = {} as Record<SectorId, number>;
  for (const id of SECTOR_IDS) mix[id] = CANDIDATE_LIST_USD_BN[id] / total;
  return mix;
}

function defaultGoods(): GoodsTable {
  const out = {} as Record<GoodsId, GoodsClass>;
  for (const id of GOODS_IDS) {
    const row = GOODS_CLASSES[id];
    out[id] = Object.freeze({
      share: row.share,
      rateNow: RATE_NOW[id].rate,
      ratePenalty: row.ratePenalty,
    });
  }
  return out;
}

export const DEFAULT_SCENARIO: Scenario = Object.freeze({
  ...defaultParams(),
  periodEnd: PERIOD_END.default,
  lagRule: 'business',
  includeAnnounced: true,
  mix: Object.freeze({ ...DEFAULT_MIX.value }),
  sectors: Object.freeze(defaultSectorMix()),
  capExempt: Object.freeze([]) as readonly SectorId[],
  goods: Object.freeze(defaultGoods()),
  selections: Object.freeze(
    ANNOUNCED_SELECTIONS.map(({ id, date, name, sector, valueUsdBn }) =>
      Object.freeze({ id, date, name, sector, valueUsdBn }),
    ),
  ),
  events: Object.freeze(
    HAZARD_EVENTS.map(({ id, label, start, end, multiplier, enabled }) =>
      Object.freeze({ id, label, start, end, multiplier, enabled }),
    ),
  ),
});
