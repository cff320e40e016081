/**
 * Where a page goes (langPath.ts says where one lives): the site's root, a page's path under it,
 * and where the explorer moves its address for a language or a preset. The explorer's and its
 * embed builder's, not a page's start.
 */
import type { Locale } from '../i18n/format';
import type { PresetId } from '../data/presetIds';
import { isPreset, parsePagePath } from './langPath';

/** The site's root: the path without `ja/`, `p/<preset>/` and `index.html`. */
export const basePath = (pathname: string): string => parsePagePath(pathname).base;

/** A page's path under the site's root `base` (relative to it when `base` is ''). */
export const pageAt = (base: string, lang: Locale | null, preset: PresetId | null): string =>
  `${base}${lang === 'ja' ? 'ja/' : ''}${preset && isPreset(preset) ? `p/${preset}/` : ''}`;

/**
 * Where the page lives for a language (null: the one it is in now) and a scenario's preset
 * (null: no preset's page). A page opened from disk keeps its file path.
 */
export function pathFor(
  pathname: string,
  lang: Locale | null,
  httpPage = true,
  preset: PresetId | null = null,
): string {
  if (!httpPage) return pathname;
  const page = parsePagePath(pathname);
  return pageAt(page.base, lang ?? page.lang, preset);
}

/**
 * Where the explorer's own address goes for a scenario (`preset`: its preset unchanged, else
 * null) in a language, from the page at `location`: a preset at its own page, anything else at
 * the root (src/ExplorerSync.svelte writes it); what cites or embeds the scenario links there
 * too, not to the page the reader happens to be on.
 */
export const addressPath = (
  location: { readonly pathname: string; readonly protocol: string },
  lang: Locale | null,
  preset: PresetId | null,
): string => pathFor(location.pathname, lang, /^https?:$/.test(location.protocol), preset);
