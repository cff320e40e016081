// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { rangeText } from '../../src/i18n/rangeText';
import { creditedRange } from '../../src/i18n/creditedRange';
import { createTranslate } from '../../src/i18n/translate';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';

describe('rangeText', () => {
  test('an answer’s range in words, or provisional while the Monte Carlo runs', () => {
    const t = createTranslate(en);
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    expect(rangeText(t, 'embed.riskInterval', 0.41, 0.47, pct)).toBe(
      en['embed.riskInterval'].replace('{low}', '41%').replace('{high}', '47%'),
    );
    expect(rangeText(t, 'embed.creditedRange', null, 460, String)).toBe(en['headline.provisional']);
    expect(rangeText(createTranslate(ja), 'embed.creditedRange', 205, 460, String)).toBe(
      ja['embed.creditedRange'].replace('{low}', '205').replace('{high}', '460'),
    );
  });

  test('the credited range whose ends read alike is one figure', () => {
    const t = createTranslate(en);
    const bn = (v: number) => `US$${Math.round(v)}bn`;
    // 108.6 and 109.4 both read US$109bn: one figure, not "US$109bn to US$109bn".
    expect(creditedRange(t, 108.6, 109.4, bn)).toBe('5–95% of paths: US$109bn');
    expect(creditedRange(createTranslate(ja), 109, 109, bn)).toBe('経路の5〜95%：US$109bn');
    // Ends that read apart keep the range; a run not yet in is provisional.
    expect(creditedRange(t, 108, 110, bn)).toBe('5–95% of paths: US$108bn to US$110bn');
    expect(creditedRange(t, null, null, bn)).toBe(en['headline.provisional']);
  });
});
