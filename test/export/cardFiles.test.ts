import { describe, expect, test } from 'vitest';
import { pictureText } from '../../src/export/cardFiles';
import { createFormatter } from '../../src/i18n/format';
import { createTranslate } from '../../src/i18n/translate';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { DEFAULT_SCENARIO } from '../../src/model';

const chart = {
  title: 'How likely a tariff penalty is',
  unitNote: 'Probability, in %',
  scenario: DEFAULT_SCENARIO,
  url: 'https://example.org/#risk',
};

describe('pictureText (a downloaded picture’s words)', () => {
  test('the source line is two sentences in English: “… not a forecast. Sources: …”', () => {
    const t = createTranslate(en);
    const [source] = pictureText(t, createFormatter('en', 'usd', 150), chart).footer;
    expect(source).toMatch(/^pledge-explorer: a stylised projection, not a forecast\. Sources: /);
  });

  test('in Japanese the first sentence ends with 。 and the next follows without a Latin full stop', () => {
    const t = createTranslate(ja);
    const [source] = pictureText(t, createFormatter('ja', 'usd', 150), chart).footer;
    expect(source).toMatch(/^pledge-explorer：概念的な試算であり、予測ではありません。出典：/);
    expect(source).not.toContain('. ');
  });
});
