/**
 * The page's language and currency: the active catalogue, a translator and a formatter that
 * follow them. Only the active language's catalogue is loaded; switching loads the other.
 */
import type { Catalogue } from './en';
import { createFormatter, type Currency, type Formatter, type Locale } from './format';
import { createTranslate, type Translate } from './translate';
import type { ChartId } from '../state/view';

/**
 * Loads the start-up part of a language's catalogue (its own chunk, fetched from the same
 * origin): what the first screen, the page's shell and an embed show. The rest comes with
 * `I18n.complete()`, before any section below the fold mounts.
 */
export async function loadStartCatalogue(lang: Locale): Promise<Partial<Catalogue>> {
  return lang === 'ja' ? (await import('./ja.core')).jaCore : (await import('./en.core')).enCore;
}

/**
 * Loads an embed's page's part of a language's catalogue (its own chunk, built by
 * vite.config.ts from scripts/embedKeys.mjs): what an embed shows around its chart, without its
 * live controls. The chart's own messages come with the chart (`loadEmbedChartCatalogue`); in a
 * chart's build of the embeds' own entry, they are in this part (the same module).
 */
export async function loadEmbedCatalogue(lang: Locale): Promise<Partial<Catalogue>> {
  return lang === 'ja'
    ? (await import('virtual:embed-catalogue/ja')).default
    : (await import('virtual:embed-catalogue/en')).default;
}

type Part = () => Promise<{ default: Partial<Catalogue> }>;
const EMBED_CHART_PARTS = {
  en: {
    money: () => import('virtual:embed-catalogue/en/money'),
    risk: () => import('virtual:embed-catalogue/en/risk'),
    tariff: () => import('virtual:embed-catalogue/en/tariff'),
    japan: () => import('virtual:embed-catalogue/en/japan'),
    split: () => import('virtual:embed-catalogue/en/split'),
  },
  ja: {
    money: () => import('virtual:embed-catalogue/ja/money'),
    risk: () => import('virtual:embed-catalogue/ja/risk'),
    tariff: () => import('virtual:embed-catalogue/ja/tariff'),
    japan: () => import('virtual:embed-catalogue/ja/japan'),
    split: () => import('virtual:embed-catalogue/ja/split'),
  },
} satisfies Record<Locale, Record<ChartId, Part>>;

/** Loads the messages an embed's chart shows beyond its page's part (a chunk per chart). */
export async function loadEmbedChartCatalogue(
  lang: Locale,
  chart: ChartId,
): Promise<Partial<Catalogue>> {
  return (await EMBED_CHART_PARTS[lang][chart]()).default;
}

/** Loads the later part of a language's catalogue: what only the sections below the fold use. */
export async function loadLaterCatalogue(lang: Locale): Promise<Partial<Catalogue>> {
  return lang === 'ja'
    ? (await import('./ja.later')).jaLater
    : (await import('./en.later')).enLater;
}

/** Loads a language's whole catalogue (both parts, fetched together). */
export async function loadCatalogue(lang: Locale): Promise<Catalogue> {
  const [start, later] = await Promise.all([loadStartCatalogue(lang), loadLaterCatalogue(lang)]);
  return { ...start, ...later } as Catalogue;
}

/** The reader's preferred language among ours, from the browser's list; English otherwise. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

export interface I18n {
  readonly lang: Locale;
  readonly cur: Currency;
  /** Translates with the active catalogue; reading it in a template or `$derived` tracks it. */
  readonly t: Translate;
  /** Formats in the active language and currency at the scenario's exchange rate. */
  readonly fmt: Formatter;
  /** Switches language, loading its catalogue first. */
  setLang(lang: Locale): Promise<void>;
  /**
   * Resolves once the active catalogue is whole: at once if it was given whole, else after
   * its later part has been loaded and joined (what the sections below the fold wait for).
   */
  complete(): Promise<void>;
  /**
   * Joins another part of the active language's catalogue, loaded with `load` (an embed's
   * chart's messages), onto a partial one; resolves once it has (at once if it is whole).
   */
  extend(load: (lang: Locale) => Promise<Partial<Catalogue>>): Promise<void>;
  setCur(cur: Currency): void;
}

/** A formatter that always delegates to the current one, so it can be handed out once. */
function liveFormatter(current: () => Formatter): Formatter {
  return {
    get locale() {
      return current().locale;
    },
    get currency() {
      return current().currency;
    },
    get usdJpy() {
      return current().usdJpy;
    },
    get moneyAxis() {
      return current().moneyAxis;
    },
    money: (v) => current().money(v),
    moneySigned: (v) => current().moneySigned(v),
    moneyPerYear: (v) => current().moneyPerYear(v),
    moneyTick: (v, step) => current().moneyTick(v, step),
    perUnit: (v, digits) => current().perUnit(v, digits),
    yenBn: (v) => current().yenBn(v),
    share: (v, digits) => current().share(v, digits),
    points: (v, digits) => current().points(v, digits),
    number: (v, digits) => current().number(v, digits),
    tick: (v, step) => current().tick(v, step),
    shareTick: (v, step) => current().shareTick(v, step),
    date: (iso) => current().date(iso),
    month: (d) => current().month(d),
    year: (d) => current().year(d),
  };
}

/**
 * `catalogue` is the language's whole catalogue, or (with `partial`) a part only (the
 * start-up part, or an embed's): then `complete()` loads the rest with `loadLater` (by default
 * both parts, the one already loaded coming from the module cache) and joins it on.
 */
export function createI18n(
  lang: Locale,
  catalogue: Catalogue,
  cur: Currency,
  usdJpy: () => number,
  load: (lang: Locale) => Promise<Catalogue> = loadCatalogue,
  {
    partial = false,
    loadLater = loadCatalogue as (lang: Locale) => Promise<Partial<Catalogue>>,
  } = {},
): I18n {
  let active = $state.raw({ lang, catalogue });
  /** The active catalogue made whole (a language switch loads a whole one). */
  let whole: Promise<void> | null = partial ? null : Promise.resolve();
  /** A language switch has replaced the partial catalogue with a whole one. */
  let switched = false;
  let currency = $state.raw<Currency>(cur);
  const translate = $derived(createTranslate(active.catalogue));
  // The formatter depends on what it formats with, and nothing else: the exchange rate is
  // read through its own derived number, so a change of any other input (every step of a
  // drag) leaves the formatter, and every number formatted with it, as they are.
  const rate = $derived(usdJpy());
  // (And the language through its own derived, so joining the rest of the catalogue on, which
  // replaces `active`, leaves the formatter as it is: each derived that reads it would
  // otherwise be worked out again at every later step of a drag.)
  const activeLang = $derived(active.lang);
  const formatter = $derived(createFormatter(activeLang, currency, rate));
  let request = 0;
  return {
    get lang() {
      return active.lang;
    },
    get cur() {
      return currency;
    },
    t: (key, values) => translate(key, values),
    fmt: liveFormatter(() => formatter),
    async setLang(next) {
      const mine = ++request;
      const loaded = await load(next);
      if (mine === request) {
        switched = true;
        active = { lang: next, catalogue: loaded };
        whole = Promise.resolve();
      }
    },
    complete() {
      const lang = active.lang;
      whole ??= loadLater(lang).then((rest) => {
        // A switch may have brought a whole catalogue meanwhile: join only onto the partial one.
        if (active.lang === lang && !switched)
          active = { lang, catalogue: { ...active.catalogue, ...rest } };
      });
      return whole;
    },
    async extend(loadPart) {
      if (!partial || switched) return;
      const lang = active.lang;
      const more = await loadPart(lang);
      // What the catalogue already has (the whole, if it arrived meanwhile) stays.
      if (active.lang === lang && !switched)
        active = { lang, catalogue: { ...more, ...active.catalogue } };
    },
    setCur(next) {
      currency = next;
    },
  };
}
