/**
 * The static pictures behind an embed snippet's `<noscript>`, for places where frames do not
 * run: made at build time (scripts/prerender.mjs) for every preset, chart and language, in
 * dollars and the light theme, so a snippet offers one only for an unchanged preset.
 */
import type { Locale } from '../i18n/format';
import type { PresetId } from '../data/presets';
import type { ChartId } from '../state/view';

/** The picture's path, from the site's root. */
export function fallbackPath(lang: Locale, preset: PresetId, chart: ChartId): string {
  return `embeds/${lang}/${preset}-${chart}.png`;
}
