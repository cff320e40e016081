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
import { PARAMS } from '../data/params';
import { GOODS_IDS } from '../data/goods';
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

/** An input the sweep can name: a parameter, or a goods class's penalty rate. */
const isInput = (x: unknown): boolean =>
  typeof x === 'string' &&
  (Object.hasOwn(PARAMS, x) ||
    (x.startsWith('goods.') && (GOODS_IDS as readonly string[]).includes(x.slice(6))));

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
        isInput((w as { input?: unknown }).input) &&
        ['low', 'high', 'lowValue', 'highValue'].every(
          (k) => typeof (w as Record<string, unknown>)[k] === 'number',
        ),
    )
  );
};

/** Each page script's analysis, read once (a page's JSON does not change). */
const read = new WeakMap<Element, PageAnalysis | null>();

/** The page's analysis, or null if it has none (or anything but what the build writes). */
export function readPageAnalysis(doc: Document): PageAnalysis | null {
  const script = doc.getElementById(PAGE_ANALYSIS_ID);
  if (!script) return null;
  if (!read.has(script)) read.set(script, parse(script.textContent));
  return read.get(script) ?? null;
}

function parse(text: string | null): PageAnalysis | null {
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

/**
 * The prerender draws each page with its scenario's analysis, from this (null: none); it says
 * which scenario it is for, and works out any other.
 */
export function analyseAtBuild(analyse: ((s: Scenario) => Analysis) | null): void {
  atBuild = analyse;
}

/**
 * The page's own analysis if `b`, with nothing pinned (`a`), is the scenario it is for: at
 * build time (no `doc`) the prerender's, in the browser the page's (null otherwise).
 */
function ownAnalysis(doc: Document | null, a: Scenario | null, b: Scenario): Analysis | null {
  if (a) return null;
  if (atBuild) return atBuild(b);
  const page = doc && readPageAnalysis(doc);
  return page && page.query === serializeScenarioUrl(b) ? page.analysis : null;
}

/**
 * The results start from the page's own analysis if the store holds the scenario it is for,
 * unpinned (the explorer's layout does this before its sections mount: src/Explorer.svelte;
 * src/ExplorerSync.svelte again when the reader comes back to that scenario). Returns whether
 * they did.
 */
export function seedPageAnalysis(
  doc: Document | null,
  store: ScenarioStore,
  results: Results,
): boolean {
  const own = ownAnalysis(doc, store.pinned, store.committed);
  if (own) results.setAnalysis(own, null, store.committed);
  return own !== null;
}
