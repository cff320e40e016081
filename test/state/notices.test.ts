// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { createFormatter } from '../../src/i18n/format';
import { createTranslate } from '../../src/i18n/translate';
import { changedText, warningText } from '../../src/state/notices';
import { parseScenarioUrl } from '../../src/state/url';

const t = createTranslate(en);

describe('warningText', () => {
  test.each([
    ['?v=1&zz=1', 'Ignored “zz”: not a setting of this explorer.'],
    ['?v=1&pl=lots', 'Ignored “Pledge” = “lots”: not a valid value, so the default is used.'],
    ['?v=1&pl=5000', '“Pledge” = 5000 is outside its range; the nearest allowed value is used.'],
    ['?v=1&mix=1,1,1', 'The shares in “mix” did not add up to 100%; they were scaled so they do.'],
    ['?pl=600&sofr=4', 'This link uses an older layout (version 0); it was brought up to date.'],
  ])('%s reads: %s', (search, text) => {
    expect(parseScenarioUrl(search).warnings.map((w) => warningText(t, w))).toContain(text);
  });
});

describe('warningText in Japanese', () => {
  test.each([
    ['?v=1&zz=1', '「zz」は無視しました：このエクスプローラーの設定ではありません。'],
    [
      '?v=1&pace=abc',
      '「年間の選定額」＝「abc」は有効な値ではないため無視し、既定値を使いました。',
    ],
  ])('%s reads: %s', (search, text) => {
    const tj = createTranslate(ja);
    expect(parseScenarioUrl(search).warnings.map((w) => warningText(tj, w))).toContain(text);
  });
});

describe('changedText', () => {
  test('says what the numbers were and what they are now', () => {
    expect(
      changedText(
        t,
        createFormatter('en', 'usd', 155),
        '0',
        { creditedUsdBn: 500, riskPercent: 30 },
        { creditedUsdBn: 550, riskPercent: 21 },
      ),
    ).toBe(
      'The numbers have changed since this link was made (model version 0 → 1). Credited by the deadline: US$500bn then, US$550bn now. Chance tariffs are back by the deadline: 30.0% then, 21.0% now.',
    );
  });

  test('in Japanese and yen', () => {
    expect(
      changedText(
        createTranslate(ja),
        createFormatter('ja', 'jpy', 150),
        '0',
        { creditedUsdBn: 500, riskPercent: 30 },
        { creditedUsdBn: 550, riskPercent: 21 },
      ),
    ).toBe(
      'このリンクが作られてから数値が変わっています（モデルの版 0 → 1）。期限までに認められる拠出額：当時75兆円、現在82.5兆円。期限までに関税が戻る確率：当時30.0%、現在21.0%。',
    );
  });
});
