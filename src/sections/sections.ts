/**
 * The explorer's sections below the fold, each in its own chunk: the start-up bundle carries
 * what a reader sees first (the headline, the levers, the money chart), and these
 * arrive after, when wanted (src/sections/sectionHost.ts says when). The prerender still
 * renders every one of them into the page (src/prerender.ts imports them directly), so the
 * first paint and a reader without JavaScript see the whole page.
 */
import type { Component } from 'svelte';

type Loader = () => Promise<{ default: Component }>;

export const SECTIONS = {
  risk: () => import('../charts/RiskChart.svelte'),
  assumptions: () => import('../controls/AssumptionsPanel.svelte'),
  tariff: () => import('../charts/TariffChart.svelte'),
  goods: () => import('../controls/GoodsTable.svelte'),
  sectors: () => import('../charts/SectorBars.svelte'),
  split: () => import('../charts/EquitySplitChart.svelte'),
  whatItTakes: () => import('../compare/WhatItTakes.svelte'),
  compare: () => import('../compare/ComparePanel.svelte'),
  tornado: () => import('../compare/Tornado.svelte'),
  projects: () => import('../controls/ProjectsTable.svelte'),
  data: () => import('../controls/DataPanel.svelte'),
  embedBuilder: () => import('../embed/EmbedBuilder.svelte'),
  methodology: () => import('../Methodology.svelte'),
  print: () => import('../PrintSummary.svelte'),
} satisfies Record<string, Loader>;

/**
 * The first screen's sections: the explorer imports them (they are in its start-up chunks),
 * and each is mounted in a task of its own as soon as the page is alive, so bringing the
 * page to life is never one long task.
 */
export const FIRST_SCREEN = ['headline', 'levers', 'money'] as const;
export type FirstScreenName = (typeof FIRST_SCREEN)[number];
export type LaterSectionName = keyof typeof SECTIONS;
export type SectionName = LaterSectionName | FirstScreenName;
export const SECTION_NAMES = [...FIRST_SCREEN, ...Object.keys(SECTIONS)] as SectionName[];
