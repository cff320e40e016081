/**
 * Where a page lives (issue 14). The Japanese page is prerendered at `ja/` (so a link to it
 * shows Japanese even without JavaScript), the English one at the root; each preset has a
 * page of its own at `p/<preset>/` under either (`ja/p/stalled/`), prerendered with its
 * numbers and its link preview. A language the reader picks, or a scenario that is (or stops
 * being) a preset, moves the address to its page; links opened from disk keep their path.
 * The central preset is the default: its page is the root. The query always carries the
 * whole scenario: the path only says which page shows first.
 */
import type { Locale } from '../i18n/format';
import { PRESET_IDS, type PresetId } from '../data/presetIds';
import { URL_KEYS } from './urlKeys';

export interface PagePath {
  /** The site's root (the path without `ja/`, `p/<preset>/` and `index.html`). */
  readonly base: string;
  readonly lang: Locale | null;
  readonly preset: PresetId | null;
}

/** The presets with a page of their own: all but the central one, which is the default (the root). */
export const PAGE_PRESETS: readonly PresetId[] = PRESET_IDS.filter((p) => p !== 'central');
export const isPreset = (id: string): id is PresetId =>
  (PAGE_PRESETS as readonly string[]).includes(id);

export function parsePagePath(pathname: string): PagePath {
  // (The embeds' page, embed.html, is at the root beside the explorer's.)
  let rest = pathname.replace(/(index|embed)\.html$/, '');
  let preset: PresetId | null = null;
  const p = /(^|\/)p\/([A-Za-z0-9-]+)\/$/.exec(rest);
  if (p?.[2] && isPreset(p[2])) {
    preset = p[2];
    rest = rest.slice(0, p.index + (p[1]?.length ?? 0));
  }
  let lang: Locale | null = null;
  if (/(^|\/)ja\/$/.test(rest)) {
    lang = 'ja';
    rest = rest.slice(0, -'ja/'.length);
  }
  return { base: rest, lang, preset };
}

/** The language a path names, if any. */
export const langOfPath = (pathname: string): Locale | null => parsePagePath(pathname).lang;

/** The preset whose page a path is, if any. */
export const presetOfPath = (pathname: string): PresetId | null => parsePagePath(pathname).preset;

/**
 * The query a page starts from: the link's own, or on a preset's page whose link names no
 * scenario (no version key: every link the app writes has one), that preset's, with the
 * link's view keys (language, theme, …) after it.
 */
export function pageSearch(
  search: string,
  preset: PresetId | null,
  presetQuery: (preset: PresetId) => string,
): string {
  const q = new URLSearchParams(search);
  if (!preset || q.has(URL_KEYS.version)) return search;
  const rest = q.toString();
  return `?${presetQuery(preset)}${rest ? `&${rest}` : ''}`;
}
