/**
 * The page's language and currency: the active catalogue, a translator and a formatter that
 * follow them. Only the active language's catalogue is loaded; switching loads the other.
 */
import type { Catalogue } from './en';
import { createFormatter, type Currency, type Formatter, type Locale } from './format';
import { createTranslate, type Translate } from './translate';

/** Loads a language's catalogue (its own chunk, fetched from the same origin). */
export async function loadCatalogue(lang: Locale): Promise<Catalogue> {
  return lang === 'ja' ? (await import('./ja')).ja : (await import('./en')).en;
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

export function createI18n(
  lang: Locale,
  catalogue: Catalogue,
  cur: Currency,
  usdJpy: () => number,
  load: (lang: Locale) => Promise<Catalogue> = loadCatalogue,
): I18n {
  let active = $state.raw({ lang, catalogue });
  let currency = $state<Currency>(cur);
  const translate = $derived(createTranslate(active.catalogue));
  const formatter = $derived(createFormatter(active.lang, currency, usdJpy()));
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
      if (mine === request) active = { lang: next, catalogue: loaded };
    },
    setCur(next) {
      currency = next;
    },
  };
}
