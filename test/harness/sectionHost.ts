/**
 * The sections below the fold, for component tests: mounted at once, in place, from static
 * imports (the page fetches each in its own chunk: src/sections/sectionHost.ts).
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import type { SectionHost } from '../../src/sections/sectionHost';
import type { SectionName } from '../../src/sections/sections';
import RiskChart from '../../src/charts/RiskChart.svelte';
import PrintSummary from '../../src/PrintSummary.svelte';
import AssumptionsPanel from '../../src/controls/AssumptionsPanel.svelte';
import TariffChart from '../../src/charts/TariffChart.svelte';
import GoodsTable from '../../src/controls/GoodsTable.svelte';
import SectorBars from '../../src/charts/SectorBars.svelte';
import EquitySplitChart from '../../src/charts/EquitySplitChart.svelte';
import WhatItTakes from '../../src/compare/WhatItTakes.svelte';
import ComparePanel from '../../src/compare/ComparePanel.svelte';
import Tornado from '../../src/compare/Tornado.svelte';
import ProjectsTable from '../../src/controls/ProjectsTable.svelte';
import DataPanel from '../../src/controls/DataPanel.svelte';
import EmbedBuilder from '../../src/embed/EmbedBuilder.svelte';
import Methodology from '../../src/Methodology.svelte';

const SECTIONS: Record<SectionName, Component> = {
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

export const immediateSectionHost: SectionHost = {
  html: () => null,
  mount(name, into, context) {
    into.replaceChildren();
    const instance = mount(SECTIONS[name], { target: into, context });
    into.dataset.mounted = 'true';
    flushSync();
    return Promise.resolve(() => void unmount(instance));
  },
};
