// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { rangeText } from '../../src/i18n/rangeText';
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
});
