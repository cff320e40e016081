/**
 * Every section, imported statically: for the build-time prerender
 * (src/prerender.ts) and the component tests, which render each in place. The page itself
 * never imports this file: it fetches each section in a chunk of its own (sections.ts).
 */
import type { Component } from 'svelte';
import type { SectionName } from './sections';
import Headline from '../Headline.svelte';
import ControlPanel from '../controls/ControlPanel.svelte';
import MoneyChart from '../charts/MoneyChart.svelte';
import RiskChart from '../charts/RiskChart.svelte';
import PrintSummary from '../PrintSummary.svelte';
import AssumptionsPanel from '../controls/AssumptionsPanel.svelte';
import TariffChart from '../charts/TariffChart.svelte';
import GoodsTable from '../controls/GoodsTable.svelte';
import SectorBars from '../charts/SectorBars.svelte';
import EquitySplitChart from '../charts/EquitySplitChart.svelte';
import WhatItTakes from '../compare/WhatItTakes.svelte';
import ComparePanel from '../compare/ComparePanel.svelte';
import Tornado from '../compare/Tornado.svelte';
import ProjectsTable from '../controls/ProjectsTable.svelte';
import DataPanel from '../controls/DataPanel.svelte';
import EmbedBuilder from '../embed/EmbedBuilder.svelte';
import Methodology from '../Methodology.svelte';

export const SECTION_COMPONENTS: Record<SectionName, Component> = {
  headline: Headline,
  levers: ControlPanel,
  money: MoneyChart,
  risk: RiskChart,
  assumptions: AssumptionsPanel,
  tariff: TariffChart,
  goods: GoodsTable,
  sectors: SectorBars,
  split: EquitySplitChart,
  whatItTakes: WhatItTakes,
  compare: ComparePanel,
  tornado: Tornado,
  projects: ProjectsTable,
  data: DataPanel,
  embedBuilder: EmbedBuilder,
  methodology: Methodology,
  print: PrintSummary,
};
