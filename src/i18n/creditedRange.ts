/**
 * The credited range in words, as the money chart's embed, the scenario card and the preview
 * card say it: one figure where its two ends read alike ("5–95% of paths: US$109bn", a stalled
 * programme's, not "US$109bn to US$109bn"), else the range; provisional while the Monte Carlo
 * runs (rangeText.ts).
 */
import { rangeText } from './rangeText';
import type { Translate } from './translate';

export function creditedRange(
  t: Translate,
  low: number | null,
  high: number | null,
  money: (v: number) => string,
): string {
  const same = low !== null && high !== null && money(low) === money(high);
  return rangeText(t, same ? 'embed.creditedSame' : 'embed.creditedRange', low, high, money);
}
