import { mount } from 'svelte';
import App from './App.svelte';
import type { Catalogue } from './i18n/en';
import { LOCALES, type Locale } from './i18n/format';
import { browserLocale, loadCatalogue } from './i18n/i18n.svelte';
import { URL_KEYS } from './state/urlKeys';
import { langOfPath } from './state/langPath';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  // The link's language, else its page's (ja/), else the browser's; only that language's
  // catalogue is loaded.
  const asked = new URLSearchParams(location.search).get(URL_KEYS.lang);
  const lang =
    LOCALES.find((l) => l === asked) ??
    langOfPath(location.pathname) ??
    browserLocale(navigator.languages);
  // The prerender is in its page's language: a reader of another sees nothing rather than
  // it, for the moment the catalogue takes to arrive.
  if (lang !== document.documentElement.lang) target.style.visibility = 'hidden';
  document.documentElement.lang = lang;
  const start = (startLang: Locale, catalogue: Catalogue) => {
    // The prerendered default (for first paint and readers without JavaScript) gives way
    // to the live app, which may show another scenario, language or currency: the link's.
    target.replaceChildren();
    mount(App, { target, props: { search: location.search, lang: startLang, catalogue } });
    // The page is live: its controls now answer (tests wait for this, the prerender has no such mark).
    target.dataset.live = 'true';
  };
  loadCatalogue(lang)
    .then((catalogue) => start(lang, catalogue))
    // A catalogue that cannot be fetched leaves the reader with the English page, not a blank one.
    .catch(() => loadCatalogue('en').then((catalogue) => start('en', catalogue)))
    .finally(() => (target.style.visibility = ''));
}
