/**
 * How a page starts the app, shared by the explorer's entry (src/main.ts: the explorer's pages,
 * and an older embed snippet's `./?embed=1`) and the embeds' own entry (src/embed/embedMain.ts:
 * embed.html, built once per chart by vite.config.ts). `explorer` brings what only the explorer
 * loads (its layout, its sections' host, a preset page's scenario), each in a chunk of its own;
 * a page started without it is an embed whatever its link says (`asEmbed`).
 */
import { mount, type Component } from 'svelte';
import App from './App.svelte';
import Embed from './embed/Embed.svelte';
import { EMBED_CHARTS } from './embed/embedCharts';
import type { Catalogue } from './i18n/en';
import { LOCALES, type Locale } from './i18n/format';
import {
  browserLocale,
  loadEmbedCatalogue,
  loadEmbedChartCatalogue,
  loadStartCatalogue,
} from './i18n/i18n.svelte';
import { needsMigration, type Migrate } from './state/urlCodec';
import { URL_KEYS } from './state/urlKeys';
import { CHART_IDS, DEFAULT_VIEW } from './state/view';
import { parsePagePath } from './state/langPath';
import type { PresetId } from './data/presetIds';
import { createTrackingHost, type SectionHost } from './sections/sectionHost';
import { asEmbed } from './embed/asEmbed';

type Host = SectionHost & { settled(): Promise<void> };

/** What only the explorer's pages load, each in a chunk of its own (src/main.ts). */
export interface ExplorerParts {
  layout(): Promise<Component>;
  /** Its sections' host (`sameLanguage`: whether the app starts in the prerender's language). */
  host(target: HTMLElement, sameLanguage: () => boolean): Promise<Host>;
  /**
   * The query a preset's page (p/<preset>/) starts from: the link's, or the preset's for a link
   * that names no scenario (langPath.ts pageSearch).
   */
  presetSearch(preset: PresetId): Promise<string>;
}

export function startApp(target: HTMLElement, explorer?: ExplorerParts): void {
  const page = parsePagePath(location.pathname);
  // A preset's page (p/<preset>/) starts from its preset unless the link names a scenario: the
  // preset's query comes from a chunk of its own, fetched with the layout (it names no language,
  // embed or chart, so those are read from the link itself).
  const { preset } = page;
  const query = !explorer
    ? Promise.resolve(asEmbed(location.search))
    : preset
      ? explorer.presetSearch(preset)
      : Promise.resolve(location.search);
  // An old link's migrations (src/state/urlMigrate.ts) are a chunk of their own, fetched with
  // the layout only for a link that needs them.
  const migrations: Promise<Migrate | undefined> = query.then((q) =>
    needsMigration(q) ? import('./state/urlMigrate').then((m) => m.migrate) : undefined,
  );
  const search = new URLSearchParams(location.search);
  // The link's language, else its page's (ja/), else the browser's; only that language's
  // catalogue is loaded, its start-up part first (the rest comes before the sections below
  // the fold).
  const asked = search.get(URL_KEYS.lang);
  const lang = LOCALES.find((l) => l === asked) ?? page.lang ?? browserLocale(navigator.languages);
  // The prerender is in its page's language: a reader of another sees nothing rather than
  // it, for the moment the catalogue takes to arrive (`fp-other`, as the first-paint script
  // marks an embed or a link in another language: global.css).
  const root = document.documentElement;
  const prerenderLang = root.lang;
  if (lang !== prerenderLang) {
    root.classList.add('fp-other');
    // (Written only when it changes: the page's styles for each language are worked out again.)
    root.lang = lang;
  }
  // The layout loads with the catalogue, each in a chunk of its own: an embed never loads
  // the explorer, and starts with its own part of the catalogue (what its page and chart show).
  const embed = !explorer || search.get(URL_KEYS.embed) === '1';
  const layout = explorer && !embed ? explorer.layout() : Promise.resolve(Embed as Component);
  const loadPart = embed ? loadEmbedCatalogue : loadStartCatalogue;
  // An embed's chart brings its own messages (src/embed/Embed.svelte): fetched now, for the
  // chart the link names, so they do not wait for the layout; and the chart itself, if it is
  // not in the entry (src/embed/embedCharts.ts), for the same reason.
  const chart = CHART_IDS.find((c) => c === search.get(URL_KEYS.chart)) ?? DEFAULT_VIEW.chart;
  if (embed) {
    void loadEmbedChartCatalogue(lang, chart).catch(() => {});
    void EMBED_CHARTS[chart]().catch(() => {});
  }
  // The Monte Carlo's runs and the workers' client (src/worker/runs.ts), which App starts once
  // the page is mounted: fetched now, alongside, so the first run does not wait for them (the
  // page is drawn without them).
  void import('./worker/runs');
  // The page's prerendered sections each stay in view until the live section takes its place,
  // a task at a time, when the prerender shows what the reader asked for (the explorer's host
  // tells) and the app starts in the prerender's language.
  let sameLanguage = lang === prerenderLang;
  // The explorer's sections come from its own host (in its chunk, fetched with the layout), ready
  // once the prerender's first paint has been reported (src/sections/firstPaintPresented.ts); an
  // embed mounts none, and only waits for its chart (and live controls).
  const host: Promise<Host> =
    explorer && !embed
      ? explorer.host(target, () => sameLanguage)
      : Promise.resolve(createTrackingHost());
  let started = false;
  const start = (
    startLang: Locale,
    part: Partial<Catalogue>,
    Layout: Component,
    search: string,
    migrate: Migrate | undefined,
    sections: Host,
    fallbackFrom?: Locale,
  ) => {
    // The part stands for the whole until `complete()` joins the rest (App's `partial`).
    const catalogue = part as Catalogue;
    if (startLang !== prerenderLang) sameLanguage = false;
    // The prerendered default (for first paint and readers without JavaScript) gives way
    // to the live app, which may show another scenario, language or currency: the link's.
    // Whatever the page shows until then (the prerender, or the first-paint script's
    // skeleton for a custom link; hidden for another language or an embed) stays until the
    // app draws its layout, a task later, and goes in that task.
    const keep = [...target.childNodes];
    mount(App, {
      target,
      props: {
        search,
        migrate,
        lang: startLang,
        catalogue,
        layout: Layout,
        sections,
        partial: true,
        keep,
        ...(fallbackFrom ? { fallbackFrom } : {}),
        // Once its layout is drawn the page is live (the prerender has no such mark; its
        // first-screen sections follow, a task each) and shown.
        ondrawn: () => (target.dataset.live = 'true'),
      },
    });
    started = true;
    // Its sections follow, each in a task of its own; `settled` once those wanted so far have
    // (tests wait for that; src/sections/sectionHost.ts says which are).
    void sections.settled().then(() => (target.dataset.settled = 'true'));
  };
  Promise.all([loadPart(lang), layout, query, migrations, host])
    .then(([catalogue, Layout, search, migrate, sections]) =>
      start(lang, catalogue, Layout, search, migrate, sections),
    )
    // A catalogue that cannot be fetched leaves the reader with the English page, not a blank one.
    .catch(() =>
      Promise.all([loadPart('en'), layout, query, migrations, host]).then(
        ([catalogue, Layout, search, migrate, sections]) =>
          // (It says so, once live, if the page meant another language than English.)
          start(
            'en',
            catalogue,
            Layout,
            search,
            migrate,
            sections,
            lang === 'en' ? undefined : lang,
          ),
      ),
    )
    // If the app could not start at all, the prerender is shown as it is (an embed's too:
    // the explorer's numbers, or its skeleton for another scenario's link, beat an empty frame).
    .finally(() => {
      if (!started) root.classList.remove('fp-other');
    });
}
