/**
 * Build-time prerender of the default scenario (scripts/prerender.mjs calls this): the
 * headline numbers and the charts are in the HTML before any script runs, and readers
 * without JavaScript still see them. The prerender is English; the live app then renders
 * the reader's language.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { en } from './i18n/en';

export function prerender(): { body: string; noscript: string } {
  const { body } = render(App, { props: { search: '', lang: 'en', catalogue: en } });
  return { body, noscript: en['app.noscript'] };
}
