import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { browserLocale, createI18n, loadCatalogue } from '../../src/i18n/i18n.svelte';
import { en, type Catalogue } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import type { Locale } from '../../src/i18n/format';

describe('browserLocale', () => {
  test.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['en-GB', 'ja'], 'en'],
    [['fr-FR', 'ja-JP'], 'ja'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['JA'], 'ja'],
  ] as const)('%j → %s', (languages, lang) => {
    expect(browserLocale(languages)).toBe(lang);
  });
});

describe('loadCatalogue', () => {
  test('loads each language’s own catalogue', async () => {
    expect(await loadCatalogue('ja')).toBe(ja);
    expect(await loadCatalogue('en')).toBe(en);
  });
});

describe('createI18n', () => {
  test('translator and formatter follow the language, the currency and the rate', async () => {
    let rate = $state(155);
    const i18n = createI18n('en', en, 'usd', () => rate);
    const { t, fmt } = i18n; // handed out once, as components receive them
    expect(t('headline.onPace')).toBe('On pace');
    expect(fmt.money(550)).toBe('US$550bn');
    i18n.setCur('jpy');
    expect(fmt.money(550)).toBe('¥85.3tn');
    rate = 100;
    flushSync();
    expect(fmt.money(550)).toBe('¥55.0tn');
    await i18n.setLang('ja');
    expect(i18n.lang).toBe('ja');
    expect(t('headline.onPace')).toBe('ペースどおり');
    expect(fmt.money(550)).toBe('55兆円');
    expect(fmt.moneyAxis.unit).toBe('兆円');
  });

  test('a language asked for later wins over one still loading', async () => {
    const pending: Record<string, (c: Catalogue) => void> = {};
    const load = (lang: Locale) =>
      new Promise<Catalogue>((resolve) => {
        pending[lang] = resolve;
      });
    const i18n = createI18n('en', en, 'usd', () => 155, load);
    const first = i18n.setLang('ja');
    const second = i18n.setLang('en');
    pending.en?.(en);
    await second;
    pending.ja?.(ja); // the slow one arrives last
    await first;
    expect(i18n.lang).toBe('en');
    expect(i18n.t('headline.onPace')).toBe('On pace');
  });
});
