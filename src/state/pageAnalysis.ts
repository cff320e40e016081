/**
 * The page's own analysis: the sensitivity sweep of the scenario a page is prerendered with,
 * worked out at build time (src/prerender.ts) and written into the page as JSON beside the
 * app. The prerender draws the tornado from it, and the live page starts from it when it
 * opens on that same scenario, so the tornado stays as first painted (bars, not a note that
 * gives way to them a second or two later and pushes what is below down by 300 px) and the
 * workers are not asked for what the page already has.
 */
import type { Analysis } from '../worker/analysis';
import type { Scenario } from '../model';
import type { Results } from './results.svelte';
import type { ScenarioStore } from './store.svelte';
import { serializeScenarioUrl } from './urlWrite';

/** The id of the page's JSON script element. */
export const PAGE_ANALYSIS_ID = 'page-analysis';

export interface PageAnalysis {
  /** The scenario it is for, as its link's query (serializeScenarioUrl with the default view). */
  readonly query: string;
  readonly analysis: Analysis;
}

/** The script element's text: JSON that no `<` in it can end (or comment out) early. */
export function pageAnalysisJson(page: PageAnalysis): string {
  return JSON.stringify(page).replace(/</g, '\\u003c');
}

const isSweep = (x: unknown): boolean => {
  if (typeof x !== 'object' || x === null) return false;
  const { base, swings } = x as { base?: unknown; swings?: unknown };
  return (
    typeof base === 'number' &&
    Array.isArray(swings) &&
    swings.every(
      (w: unknown) =>
        typeof w === 'object' &&
        w !== null &&
        typeof (w as { input?: unknown }).input === 'string' &&
        ['low', 'high', 'lowValue', 'highValue'].every(
          (k) => typeof (w as Record<string, unknown>)[k] === 'number',
        ),
    )
  );
};

/** The page's analysis, or null if it has none (or anything but what the build writes). */
export function readPageAnalysis(doc: Document): PageAnalysis | null {
  const text = doc.getElementById(PAGE_ANALYSIS_ID)?.textContent;
  if (!text) return null;
  let page: unknown;
  try {
    page = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof page !== 'object' || page === null) return null;
  const { query, analysis } = page as { query?: unknown; analysis?: unknown };
  if (typeof query !== 'string' || typeof analysis !== 'object' || analysis === null) return null;
  const { attribution, sensitivity } = analysis as { attribution?: unknown; sensitivity?: unknown };
  if (attribution !== null || typeof sensitivity !== 'object' || sensitivity === null) return null;
  const s = sensitivity as Record<string, unknown>;
  if (!isSweep(s.credited) || !isSweep(s.risk) || !isSweep(s.duties)) return null;
  return page as PageAnalysis;
}

/** At build time (src/prerender.ts): the analysis of a page's scenario, worked out in place. */
let atBuild: ((s: Scenario) => Analysis) | null = null;

/** The prerender draws each page with its scenario's analysis, from this (null: none). */
export function analyseAtBuild(analyse: ((s: Scenario) => Analysis) | null): void {
  atBuild = analyse;
}

/**
 * The results start from the page's own analysis if the store holds the scenario it is for,
 * unpinned (the explorer's layout does this before its sections mount: src/Explorer.svelte):
 * in the browser from the page (`doc`), at build time (no `doc`) from `analyseAtBuild`'s.
 * Returns whether they did.
 */
export function seedPageAnalysis(
  doc: Document | null,
  store: ScenarioStore,
  results: Results,
): boolean {
  if (store.pinned) return false;
  if (!doc) {
    if (!atBuild) return false;
    results.setAnalysis(atBuild(store.committed), null, store.committed);
    return true;
  }
  const page = readPageAnalysis(doc);
  if (!page || page.query !== serializeScenarioUrl(store.committed)) return false;
  results.setAnalysis(page.analysis, null, store.committed);
  return true;
}
