/**
 * The tariff side by goods class (MODEL.md §2 [v2]): each class's share of Japan's goods
 * exports to the US, the dated schedule of the total rate it has paid, the rate it would pay
 * under a penalty, and the legal route of that penalty. The default "rate now" of a class is
 * its schedule's rate in force on `dataAsOf`: one source for both. Facts and confidence
 * marks: reference/tariffs-2026.md.
 */
import { DATA_AS_OF } from './dataVersion';
import type { Plausible } from './params';
import { assumption, cite, type Provenance } from './provenance';

export const GOODS_IDS = ['autos', 'metals232', 'other'] as const;
export type GoodsId = (typeof GOODS_IDS)[number];

/** A total rate (MFN plus every add-on) in force from a date until the next entry. */
export interface RateStep {
  /** First day in force, 'YYYY-MM-DD'. */
  readonly from: string;
  /** Total ad valorem rate, a fraction (0.15 = 15%). */
  readonly rate: number;
  readonly source: Provenance;
}

export interface GoodsClassRow {
  /** Share of Japan's goods exports to the US (2025), a fraction; the shares sum to 1. */
  readonly share: number;
  readonly shareSource: Provenance;
  /** The total rate by date, oldest first; the last step on or before `dataAsOf` is "now". */
  readonly schedule: readonly RateStep[];
  /** The total rate the class would pay under a penalty. */
  readonly ratePenalty: number;
  readonly penaltySource: Provenance;
  /** The range the tornado sweeps the penalty rate over: from no change to the route's ceiling. */
  readonly plausiblePenalty: Plausible;
}

/** Japan's goods exports to the US in 2025, ¥ bn (MOF), and the parts the shares come from. */
export const EXPORTS_2025_JPY_BN = { total: 20_414, cars: 5_340.9, autoParts: 1_070 } as const;

const autosShare =
  (EXPORTS_2025_JPY_BN.cars + EXPORTS_2025_JPY_BN.autoParts) / EXPORTS_2025_JPY_BN.total;
/** Other Section 232 goods: 54–59% of US imports from Japan fall under some Section 232 action, less autos. */
const metals232Share = 0.25;

export const GOODS_CLASSES: Readonly<Record<GoodsId, GoodsClassRow>> = {
  autos: {
    share: autosShare,
    shareSource: cite('mofExports2025'),
    schedule: [
      // Section 232 on cars (MFN 2.5% + 25%) from 3 Apr 2025; the Japan deal heading from 16 Sep.
      { from: '2025-04-03', rate: 0.275, source: cite('yalePolicyTiming') },
      { from: '2025-09-16', rate: 0.15, source: cite('itaJapanAutos') },
    ],
    ratePenalty: 0.275,
    penaltySource: cite('hts2026Rev21'),
    plausiblePenalty: { low: 0.15, high: 0.275, source: cite('hts2026Rev21') },
  },
  metals232: {
    share: metals232Share,
    shareSource: assumption('basis.goods.metals232Share'),
    schedule: [{ from: '2025-06-04', rate: 0.2, source: assumption('basis.goods.metals232Rate') }],
    ratePenalty: 0.3,
    penaltySource: assumption('basis.goods.metals232Penalty'),
    plausiblePenalty: {
      low: 0.2,
      high: 0.5,
      source: assumption('basis.plausible.metals232Penalty'),
    },
  },
  other: {
    share: 1 - autosShare - metals232Share,
    shareSource: assumption('basis.goods.otherShare'),
    schedule: [
      // IEEPA reciprocal, total max(15%, MFN) (EO 14345, retroactive to 7 Aug 2025).
      { from: '2025-08-07', rate: 0.15, source: cite('eo14345') },
      // The Supreme Court's ruling; Section 122 from 24 Feb 2026: MFN + 10%.
      { from: '2026-02-24', rate: 0.125, source: assumption('basis.goods.section122') },
      // Section 301 "forced labor" final action: Japan's total is max(12.5%, MFN).
      { from: '2026-07-24', rate: 0.125, source: cite('fr301ForcedLabor') },
    ],
    ratePenalty: 0.25,
    penaltySource: assumption('basis.goods.otherPenalty'),
    plausiblePenalty: { low: 0.125, high: 0.5, source: cite('section338') },
  },
};

/** The rate a schedule has in force on a day ('YYYY-MM-DD'); its first rate before it starts. */
export function rateOn(schedule: readonly RateStep[], iso: string): RateStep {
  let step = schedule[0]!;
  for (const s of schedule) if (s.from <= iso) step = s;
  return step;
}

/** Each class's rate now: its schedule's step in force on `dataAsOf`. */
export const RATE_NOW: Readonly<Record<GoodsId, RateStep>> = {
  autos: rateOn(GOODS_CLASSES.autos.schedule, DATA_AS_OF),
  metals232: rateOn(GOODS_CLASSES.metals232.schedule, DATA_AS_OF),
  other: rateOn(GOODS_CLASSES.other.schedule, DATA_AS_OF),
};
