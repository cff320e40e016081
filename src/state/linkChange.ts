/**
 * Why an old link's numbers changed (MODEL.md, "links made before the release"): which of the
 * model version and the data release differ from the link's, and, where the earlier release's
 * data are known, how much of the change in each headline answer comes from new data (the
 * link's scenario recomputed by today's model under the data it was made with) and how much
 * from model changes (the rest).
 */
import { releaseOf, DATA_VERSION, DATA_AS_OF, type Release } from '../data/release';
import { DEFAULT_SCENARIO, MODEL_VERSION, simulate, type Scenario } from '../model';
import type { Stamp } from './stamp';
import { sameStamp, stampOf } from './stampOf';
import type { ParsedUrl } from './urlCodec';

export interface LinkChange {
  /** The model versions, then and now; null when the same. */
  readonly model: { readonly from: string; readonly to: string } | null;
  /** The data releases, then and now (with the days they were checked through); null when the same. */
  readonly data: {
    readonly from: string;
    readonly fromAsOf: string | null;
    readonly to: string;
    readonly toAsOf: string;
  } | null;
  readonly old: Stamp;
  readonly now: Stamp;
  /** When both changed: the part of each change from new data (the rest is model changes). */
  readonly fromData: Stamp | null;
}

/** The link's scenario with the earlier release's defaults wherever the link left the default. */
export function underRelease(s: Scenario, release: Release): Scenario {
  const out: Record<string, unknown> = { ...s };
  for (const [key, old] of Object.entries(release.defaults ?? {})) {
    const k = key as keyof Scenario;
    if (JSON.stringify(s[k]) === JSON.stringify(DEFAULT_SCENARIO[k])) out[key] = old;
  }
  return out as unknown as Scenario;
}

export function linkChange(parsed: ParsedUrl, now: Stamp): LinkChange | null {
  const old = parsed.madeWith.stamp;
  if (!old || sameStamp(old, now)) return null;
  const fromModel = parsed.madeWith.model ?? '?';
  const fromData = parsed.madeWith.data ?? '?';
  const model = fromModel !== MODEL_VERSION ? { from: fromModel, to: MODEL_VERSION } : null;
  const release = releaseOf(parsed.madeWith.data);
  const data =
    fromData !== DATA_VERSION
      ? {
          from: fromData,
          fromAsOf: release?.dataAsOf ?? null,
          to: DATA_VERSION,
          toAsOf: DATA_AS_OF,
        }
      : null;
  // Only when both changed is there anything to split (one change explains it all).
  let split: Stamp | null = null;
  if (model && data && release) {
    const then = stampOf(simulate(underRelease(parsed.scenario, release), release.dataAsOf));
    split = {
      creditedUsdBn: Math.round((now.creditedUsdBn - then.creditedUsdBn) * 10) / 10,
      riskPercent: Math.round((now.riskPercent - then.riskPercent) * 10) / 10,
    };
  }
  return { model, data, old, now, fromData: split };
}
