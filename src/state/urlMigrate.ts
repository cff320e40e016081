/**
 * Old link layouts, brought up to the current one before parsing.
 *
 * Version 0 (links without `v=`) wrote rates, spreads, tariffs and weights in percent
 * (`sofr=3.65`, `gw=25`) and shares in percent (`mix=2,68,30`). Version 1 writes them as
 * fractions (`sofr=0.0365`, `mix=0.02,0.68,0.3`).
 */
import { PARAMS, PARAM_KEYS } from '../data/params';
import { PARAM_URL_KEYS, URL_KEYS } from './urlKeys';

const PERCENT_KEYS = new Set(
  PARAM_KEYS.filter((k) => ['percent', 'pp', 'weight'].includes(PARAMS[k].unit)).map(
    (k) => PARAM_URL_KEYS[k],
  ),
);
const SHARE_KEYS = new Set<string>([URL_KEYS.mix, URL_KEYS.sectors]);

const fromPercent = (text: string): string => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? String(n / 100) : text;
};

/** Rewrites a version-0 query (no `v=`) as version 1; other versions pass unchanged. */
export function migrate(params: URLSearchParams): {
  params: URLSearchParams;
  migratedFrom: number | null;
} {
  if (params.has(URL_KEYS.version)) return { params, migratedFrom: null };
  const out = new URLSearchParams();
  let changed = false;
  for (const [key, text] of params) {
    if (PERCENT_KEYS.has(key)) {
      out.append(key, fromPercent(text));
      changed = true;
    } else if (SHARE_KEYS.has(key)) {
      out.append(key, text.split(',').map(fromPercent).join(','));
      changed = true;
    } else out.append(key, text);
  }
  return { params: out, migratedFrom: changed ? 0 : null };
}
