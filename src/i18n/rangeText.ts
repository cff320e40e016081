/**
 * An answer's range as a sentence ("5–95% of paths: US$205bn to US$460bn", "95% interval
 * 41–47%"), or "provisional" while the Monte Carlo for the scenario on screen is still running:
 * the embed's headline and the scenario card say it the same way. `same`, where the caller
 * names one, says a range whose two ends read alike as one figure ("5–95% of paths: US$109bn",
 * a stalled programme's, not "US$109bn to US$109bn").
 */
import type { MessageKey } from './en';
import type { Translate } from './translate';

export function rangeText(
  t: Translate,
  key: 'embed.creditedRange' | 'embed.riskInterval',
  low: number | null,
  high: number | null,
  f: (v: number) => string,
  same?: MessageKey,
): string {
  if (low === null || high === null) return t('headline.provisional');
  const [from, to] = [f(low), f(high)];
  return same && from === to ? t(same, { value: from }) : t(key, { low: from, high: to });
}
