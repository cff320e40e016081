/**
 * An answer's range as a sentence ("5–95% of paths: US$205bn to US$460bn", "95% interval
 * 41–47%"), or "provisional" while the Monte Carlo for the scenario on screen is still running:
 * the embed's headline and the scenario card say it the same way. (The key is any message's:
 * one named here would be in every embed's catalogue that shows a range, scripts/embedKeys.mjs.)
 */
import type { MessageKey } from './en';
import type { Translate } from './translate';

export function rangeText(
  t: Translate,
  key: MessageKey,
  low: number | null,
  high: number | null,
  f: (v: number) => string,
): string {
  return low !== null && high !== null
    ? t(key, { low: f(low), high: f(high) })
    : t('headline.provisional');
}
