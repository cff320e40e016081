/**
 * Each chart an embed can show. In the explorer's build (an older snippet's embed of the
 * explorer's page, `./?embed=1`): the money chart (the default) in the page's entry, each other
 * in a chunk of its own, so an embed loads the one it shows. In each chart's build of the
 * embeds' own entry (embed.html: vite.config.ts `oneChart`, which writes this module anew from
 * scripts/embedKeys.mjs's list and checks it against this one), that chart is in the entry and
 * each other in a chunk of its own. src/start.ts starts fetching an embed's chart as the page
 * starts, with its part of the catalogue, instead of once the layout has mounted.
 */
import type { Component } from 'svelte';
import type { ChartId } from '../state/view';
import type { EmbedAnswer } from './embedAnswer';
import MoneyChart, { embedAnswer as moneyAnswer } from '../charts/MoneyChart.svelte';

/** A chart's module: the chart, and the one number an embed of it answers. */
export interface EmbedChart {
  default: Component;
  embedAnswer: EmbedAnswer;
}

// (The same five charts as scripts/embedKeys.mjs's EMBED_CHARTS, the source of each chart's
// part of the catalogue and of each chart's build of the embeds' entry, and vite.config.ts's
// startChunks. In those builds this module is written anew: only this list matters there.)
export const EMBED_CHARTS: Record<ChartId, () => Promise<EmbedChart>> = {
  money: () => Promise.resolve({ default: MoneyChart, embedAnswer: moneyAnswer }),
  risk: () => import('../charts/RiskChart.svelte'),
  tariff: () => import('../charts/TariffChart.svelte'),
  japan: () => import('../charts/SectorBars.svelte'),
  split: () => import('../charts/EquitySplitChart.svelte'),
};
