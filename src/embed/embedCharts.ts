/**
 * Each chart an embed can show: the money chart (the default) in the page's entry, each other
 * in a chunk of its own, so an embed loads the one it shows. src/main.ts starts fetching an
 * embed's chart as the page starts, with its part of the catalogue, instead of once the layout
 * has mounted. (The money chart in a chunk of its own, with the parts every chart shares kept
 * in the entry, took 1.6–2.4 kB gzipped off an embed of each other chart but put 1.9 kB on an
 * embed of the money chart, over its 45 kB: `npm run size`, 2026-12-02.)
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
// part of the catalogue, and vite.config.ts's startChunks; scripts/size.mjs reads this file.)
export const EMBED_CHARTS: Record<ChartId, () => Promise<EmbedChart>> = {
  money: () => Promise.resolve({ default: MoneyChart, embedAnswer: moneyAnswer }),
  risk: () => import('../charts/RiskChart.svelte'),
  tariff: () => import('../charts/TariffChart.svelte'),
  japan: () => import('../charts/SectorBars.svelte'),
  split: () => import('../charts/EquitySplitChart.svelte'),
};
