/**
 * Build-time pages (scripts/prerender.mjs calls this): the page prerendered in each language
 * (English at the root, Japanese under ja/), each with its own title, description and link
 * preview, and the preview image's SVG (a scenario card of the central scenario, the Monte
 * Carlo run here at build time) that the script turns into a PNG.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import Explorer from './Explorer.svelte';
import type { SectionHost } from './sections/sectionHost';
import type { SectionName } from './sections/sections';
import { SECTION_COMPONENTS } from './sections/sectionComponents';
import { en, type Catalogue } from './i18n/en';
import { ja } from './i18n/ja';
import { createFormatter, type Locale } from './i18n/format';
import { createTranslate } from './i18n/translate';
import { rangeText } from './i18n/rangeText';
import { creditedRange } from './i18n/creditedRange';
import {
  DEFAULT_SCENARIO,
  presetScenario,
  runMonteCarlo,
  simulate,
  type MonteCarloResult,
  type Scenario,
} from './model';
import { answersOf } from './state/answers';
import { cardChartWidth, scenarioCard, type CardText } from './export/scenarioCard';
import { drawChartsAt, knownWidth } from './charts/SvgBox.svelte';
import { DATA_AS_OF, DATA_VERSION } from './data/dataVersion';
import { PRESET_IDS, type PresetId } from './data/presets';
import {
  PICTURE_CHART_PX,
  composeChart,
  keyKind,
  sourceLine,
  type ChartPicture,
  type LegendKey,
} from './export/chartExport';
import { fallbackPath } from './embed/fallback';
import { serializeScenarioUrl } from './state/urlWrite';
import { CHART_IDS, DEFAULT_VIEW } from './state/view';
import { MARKETS } from './data/markets';
import { URL_KEYS } from './state/urlKeys';
import { VIEW_ONLY_KEYS } from './firstPaint';
import { analyse } from './worker/analysis';
import { PAGE_ANALYSIS_ID, analyseAtBuild, pageAnalysisJson } from './state/pageAnalysis';

const CATALOGUES: Record<Locale, Catalogue> = { en, ja };

type AppProps = {
  search: string;
  lang: Locale;
  catalogue: Catalogue;
  monteCarlo?: (s: Scenario) => MonteCarloResult;
};

/**
 * The explorer's whole page as HTML: the page itself, then each section below the fold
 * rendered into its place with the page's contexts (as the browser mounts them later).
 */
export function renderPage(props: AppProps): string {
  const asked: { name: SectionName; context: Map<unknown, unknown> }[] = [];
  const sections: SectionHost = {
    html(name, context) {
      asked.push({ name, context });
      return `<!--section:${name}-->`;
    },
    mount: () => Promise.reject(new Error('sections are rendered, not mounted, at build time')),
  };
  let body = render(App, { props: { ...props, layout: Explorer, sections } }).body;
  for (const { name, context } of asked) {
    const section = render(SECTION_COMPONENTS[name], { context, idPrefix: `${name}-` }).body;
    body = body.replace(`<!--section:${name}-->`, () => section);
  }
  return body;
}

/** The page as `renderPage` makes it, with every chart drawn at `width` px (a picture's). */
function renderPageAt(width: number, props: AppProps): string {
  const before = knownWidth();
  drawChartsAt(width);
  try {
    return renderPage(props);
  } finally {
    drawChartsAt(before);
  }
}

export interface Page {
  readonly lang: Locale;
  /** The preset whose page this is (null: the default's, at the root). */
  readonly preset: PresetId | null;
  readonly body: string;
  readonly title: string;
  readonly description: string;
  /** The note readers without JavaScript see first. */
  readonly noscript: string;
  /**
   * The page's scenario as its link's scenario keys (`key=value`, sorted, joined by `&`): the
   * first-paint script keeps the prerender for a link that names the same (src/firstPaint.ts).
   */
  readonly scenarioKeys: string;
  /**
   * The page's scenario's analysis (its sensitivity sweep), as the script element the page
   * carries beside the app (src/state/pageAnalysis.ts): the tornado is drawn from it.
   */
  readonly analysisScript: string;
}

/** The page of a language, and of a preset (its own page, `p/<preset>/`) or the default. */
export function prerender(lang: Locale = 'en', preset: PresetId | null = null): Page {
  const catalogue = CATALOGUES[lang];
  const t = createTranslate(catalogue);
  const scenario = preset ? presetScenario(preset) : DEFAULT_SCENARIO;
  const query = preset ? serializeScenarioUrl(scenario) : '';
  // Its analysis, worked out here once: drawn in the prerender, and written into the page for
  // the live page to start from (src/Explorer.svelte).
  const analysis = analyse({ type: 'analyse', id: 0, a: null, b: scenario });
  const own = serializeScenarioUrl(scenario);
  analyseAtBuild((s) =>
    serializeScenarioUrl(s) === own ? analysis : analyse({ type: 'analyse', id: 0, a: null, b: s }),
  );
  let body: string;
  try {
    body = renderPage({ search: query ? `?${query}` : '', lang, catalogue });
  } finally {
    analyseAtBuild(null);
  }
  const fmt = createFormatter(lang, 'usd', MARKETS.usdJpy.value);
  const description = t('app.description', { date: fmt.date(DATA_AS_OF) });
  return {
    lang,
    preset,
    body,
    title: preset
      ? `${catalogue['app.documentTitle']}: ${t(`preset.${preset}.name`)}`
      : catalogue['app.documentTitle'],
    description: preset ? `${t(`preset.${preset}.description`)} ${description}` : description,
    noscript: catalogue['app.noscript'],
    scenarioKeys: scenarioKeys(query),
    analysisScript: `<script type="application/json" id="${PAGE_ANALYSIS_ID}">${pageAnalysisJson({ query: own, analysis })}</script>`,
  };
}

/** A query's scenario keys, as the first-paint script reads them (src/firstPaint.ts). */
export function scenarioKeys(query: string): string {
  const keys: string[] = [];
  new URLSearchParams(query).forEach((value, key) => {
    if (key === URL_KEYS.theme || key === URL_KEYS.lang) return;
    if (key === URL_KEYS.cur && value !== 'jpy') return;
    if (!VIEW_ONLY_KEYS.includes(key)) keys.push(`${key}=${value}`);
  });
  return keys.sort().join('&');
}

/**
 * The link preview: the page's scenario's card (its answers from a build-time Monte Carlo,
 * the same seed the page uses) with the money chart and its legend, the chart drawn with that
 * Monte Carlo's bands at the width that fills the card's room (as the page's own card download
 * draws it), in the chart styles `css` (the light theme's, resolved).
 */
export function previewCard(page: Page, css: string, url: string): string {
  const catalogue = CATALOGUES[page.lang];
  const t = createTranslate(catalogue);
  const fmt = createFormatter(page.lang, 'usd', MARKETS.usdJpy.value);
  const s = page.preset ? presetScenario(page.preset) : DEFAULT_SCENARIO;
  const r = simulate(s);
  const a = answersOf(s, r, monteCarloOf(s));
  const deadline = fmt.date(s.periodEnd);
  const text: CardText = {
    title: t('app.title'),
    scenario: t(`preset.${page.preset ?? 'central'}.name`),
    answers: [
      {
        label: t('embed.answer.money', { deadline }),
        value: fmt.money(a.credited.value),
        detail: creditedRange(t, a.credited.low, a.credited.high, fmt.money),
      },
      {
        label: t('headline.risk', { deadline }),
        value: fmt.share(a.risk.value, 0),
        detail: rangeText(t, 'embed.riskInterval', a.risk.low, a.risk.high, (v) => fmt.share(v, 0)),
      },
      { label: t('headline.duties'), value: fmt.money(a.dutiesUsdBn), detail: t('card.whoPays') },
    ],
    url,
    // The project's caveat first, then its sources (the line is cut short at the card's edge).
    sources: sourceLine(t),
    dataLine: t('export.data', { version: DATA_VERSION, date: fmt.date(DATA_AS_OF) }),
    moreKeys: (n) => t('card.moreKeys', { n: fmt.number(n, 0) }),
  };
  const colours = classColours(css);
  const height = figureOf(page.body, 'money', colours, css)?.chart.height;
  if (!height)
    throw new Error(`no money chart in the ${page.preset ?? 'default'} page (${page.lang})`);
  const query = page.preset ? serializeScenarioUrl(s) : '';
  const body = renderPageAt(cardChartWidth(text, height), {
    search: query ? `?${query}` : '',
    lang: page.lang,
    catalogue,
    monteCarlo: monteCarloOf,
  });
  const fig = figureOf(body, 'money', colours, css);
  return scenarioCard(fig?.chart ?? null, fig?.legend ?? [], text, null).text;
}

/** A legend box's opacity as the chart card draws it (ChartCard.svelte's `.key.box` rules). */
const BOX_OPACITY: Readonly<Record<string, number>> = {
  us: 0.75,
  stack: 0.35,
  band90: 0.15,
  band50: 0.3625,
};

/** Each class's `color` in a stylesheet whose variables are already resolved. */
export function classColours(css: string): Map<string, string> {
  const colours = new Map<string, string>();
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const colour = /(?:^|[;\s])color:\s*([^;]+)/.exec(body)?.[1]?.trim();
    if (!colour) continue;
    for (const sel of selectors.split(',')) {
      const name = /^\s*\.([\w-]+)\s*$/.exec(sel)?.[1];
      if (name) colours.set(name, colour);
    }
  }
  return colours;
}

/**
 * The rules of a stylesheet a picture can use: plain rules (no at-rules) whose selectors name
 * only classes the SVG has. resvg matches every rule against every element, so the whole
 * page's stylesheet would make each picture slow to draw.
 */
export function cssFor(svg: string, css: string): string {
  const classes = new Set<string>();
  for (const [, list = ''] of svg.matchAll(/class="([^"]*)"/g))
    for (const c of list.split(/\s+/)) if (c) classes.add(c);
  const flat = css.replace(/@[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const kept: string[] = [];
  for (const [, selectors = '', body = ''] of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const usable = selectors
      .split(',')
      .map((sel) => sel.trim())
      .filter((sel) => {
        const named = sel.match(/\.[\w-]+/g) ?? [];
        return named.length > 0 && named.every((c) => classes.has(c.slice(1)));
      });
    if (usable.length > 0) kept.push(`${usable.join(',')}{${body.trim()}}`);
  }
  return kept.join('\n');
}

const unescapeHtml = (s: string) =>
  s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/**
 * One chart card of a prerendered body, read as the page's export reads it (exportFigure.ts),
 * the chart at the width the body was rendered at (`renderPageAt`).
 */
export function figureOf(
  body: string,
  id: string,
  colours: ReadonlyMap<string, string>,
  css: string,
): { title: string; units: string; chart: ChartPicture; legend: LegendKey[] } | null {
  const start = body.search(new RegExp(`<figure[^>]*\\sid="${id}"`));
  if (start < 0) return null;
  const html = body.slice(start, body.indexOf('</figure>', start));
  const tag = /^<figure[^>]*>/.exec(html)?.[0] ?? '';
  const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0];
  const size = svg ? /width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg) : null;
  if (!svg || !size) return null;
  const legend = [...html.matchAll(/<li[^>]*><span class="key ([^"]*)"><\/span>([\s\S]*?)<\/li>/g)]
    // (A past window's key is read from the window itself, below.)
    .filter(([, classes = '']) => !classes.split(/\s+/).includes('window'))
    .map(([, classes = '', label = '']) => {
      const names = classes.split(/\s+/).filter((c) => c && !c.startsWith('svelte-'));
      const kind = keyKind((c) => names.includes(c));
      const series = names.filter((c) => c !== kind && c !== 'dash');
      const colour = series.map((c) => colours.get(c)).find(Boolean) ?? '#000000';
      const opacity =
        kind === 'box' ? (series.map((c) => BOX_OPACITY[c]).find((o) => o !== undefined) ?? 1) : 1;
      return { label: unescapeHtml(label), color: colour, kind, opacity } as LegendKey;
    });
  // And a key for each event's window the chart shades without naming it (exportFigure.ts),
  // in the colour and opacity the stylesheet shades it with (the build fails without them).
  // (Each group with no group inside it: a window's holds its rect, its label and its title.)
  const past = [...svg.matchAll(/<g class="([^"]*)">((?:(?!<g[\s>])[\s\S])*?)<\/g>/g)].filter(
    ([, c = '']) => ['window', 'past'].every((name) => c.split(/\s+/).includes(name)),
  );
  if (past.length > 0) {
    const fill = declared(css, '.window rect', 'fill');
    const opacity = declared(css, '.window.past rect', 'opacity');
    if (!fill || !opacity) throw new Error('no `.window rect` fill or `.window.past rect` opacity');
    // (Once per name, as the card's key names them.)
    const labels = new Set(
      past.map(([, , inner = '']) =>
        unescapeHtml(/<title>([^<]*)<\/title>/.exec(inner)?.[1] ?? ''),
      ),
    );
    for (const label of labels)
      legend.push({ label, color: fill, kind: 'box', opacity: Number(opacity) });
  }
  return {
    title: unescapeHtml(
      new RegExp(`<h2[^>]*id="${id}-title"[^>]*>([\\s\\S]*?)</h2>`).exec(html)?.[1] ?? '',
    ),
    units: unescapeHtml(/data-units="([^"]*)"/.exec(tag)?.[1] ?? ''),
    chart: {
      width: Number(size[1]),
      height: Number(size[2]),
      text: svg.replace(/<svg([^>]*)>/, `<svg$1><style>${cssFor(svg, css)}</style>`),
    },
    legend,
  };
}

/** A property's value in the rule of a stylesheet whose selector is exactly `selector`. */
export function declared(css: string, selector: string, property: string): string | undefined {
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g))
    if (selectors.trim() === selector)
      return new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+)`).exec(body)?.[1]?.trim();
  return undefined;
}

/** Build-time Monte Carlo runs by scenario, shared by the two languages. */
const MC_RUNS = new Map<string, MonteCarloResult>();

/** A scenario's Monte Carlo at its own paths and seed, run once per build. */
function monteCarloOf(s: Scenario): MonteCarloResult {
  const key = JSON.stringify(s);
  const known = MC_RUNS.get(key) ?? runMonteCarlo(s, { paths: s.mcPaths, seed: s.mcSeed });
  MC_RUNS.set(key, known);
  return known;
}

/** One picture of a static embed fallback: where it goes and its SVG. */
export interface FallbackPicture {
  readonly path: string;
  readonly svg: string;
}

/**
 * The pictures an embed snippet shows where its frame cannot run (inside `<noscript>`):
 * every embeddable chart of every preset, in one language, at 600 px in the light theme,
 * drawn with the preset's Monte Carlo (same seed as the page) and composed as the page's
 * export is (title, scenario, units, legend, sources, data release, link). `css` is the
 * stylesheet with the light theme's colours resolved; `site` the address the build will be
 * served from, if known (else the picture names no link).
 */
export function embedFallbacks(
  lang: Locale,
  css: string,
  site: string,
  presets: readonly PresetId[] = PRESET_IDS,
): FallbackPicture[] {
  const catalogue = CATALOGUES[lang];
  const t = createTranslate(catalogue);
  const fmt = createFormatter(lang, 'usd', MARKETS.usdJpy.value);
  const colours = classColours(css);
  const mc = monteCarloOf;
  const out: FallbackPicture[] = [];
  for (const preset of presets) {
    const s = presetScenario(preset);
    const query = serializeScenarioUrl(s, { ...DEFAULT_VIEW, lang });
    const body = renderPageAt(PICTURE_CHART_PX, {
      search: `?${query}`,
      lang,
      catalogue,
      monteCarlo: mc,
    });
    for (const chart of CHART_IDS) {
      const fig = figureOf(body, chart, colours, css);
      if (!fig) throw new Error(`no chart ${chart} in the ${preset} page (${lang})`);
      const picture = composeChart(
        fig.chart,
        {
          title: fig.title,
          subtitle: t('export.subtitle', {
            scenario: t(`preset.${preset}.name`),
            units: fig.units,
          }),
          legend: fig.legend,
          footer: [
            sourceLine(t),
            t('export.data', { version: DATA_VERSION, date: fmt.date(DATA_AS_OF) }),
          ],
          url: site ? `${site}${lang === 'ja' ? 'ja/' : ''}?${query}#${chart}` : '',
        },
        600,
      );
      out.push({ path: fallbackPath(lang, preset, chart), svg: picture.text });
    }
  }
  return out;
}
