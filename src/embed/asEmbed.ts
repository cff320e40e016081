import { URL_KEYS } from '../state/urlKeys';

/**
 * The embeds' own page's query, which App reads the view from (src/start.ts): an embed's,
 * whatever its link says (`embed=1`), so the app never behaves as the explorer in an embed's
 * frame (its ties to the address, its notices, its analysis).
 */
export function asEmbed(search: string): string {
  const q = new URLSearchParams(search);
  if (q.getAll(URL_KEYS.embed).join() === '1') return search;
  q.set(URL_KEYS.embed, '1');
  return `?${q.toString()}`;
}
