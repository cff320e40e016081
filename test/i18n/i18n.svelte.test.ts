import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import {
  browserLocale,
  createI18n,
  loadCatalogue,
  loadEmbedCatalogue,
  loadEmbedChartCatalogue,
} from '../../src/i18n/i18n.svelte';
import { CHART_IDS } from '../../src/state/view';
import { en, type Catalogue } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import type { Locale } from '../../src/i18n/format';
import { createScenarioStore } from '../../src/state/store.svelte';
import { DEFAULT_SCENARIO, transitions } from '../../src/model';

/** How many times an effect that reads `what` has run; `stop` ends it. */
function runsOf(what: () => void): { readonly count: number; stop: () => void } {
  let count = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      what();
      count++;
    });
  });
  return {
    get count() {
      return count;
    },
    stop,
  };
}

/** English with its start-up part only, the rest joined on by complete(). */
async function partialEnglish(usdJpy: () => number) {
  const { enCore } = await import('../../src/i18n/en.core');
  const { enLater } = await import('../../src/i18n/en.later');
  return createI18n('en', enCore as Catalogue, 'usd', usdJpy, loadCatalogue, {
    partial: true,
    loadLater: async () => enLater,
  });
}

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
  test('loads each language’s own catalogue, both parts joined', async () => {
    expect(await loadCatalogue('ja')).toEqual(ja);
    expect(await loadCatalogue('en')).toEqual(en);
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

  test('a number formatted on the page is formatted again only when what it formats with changes', () => {
    let scenario = $state.raw({ usdJpy: 155, paceUsdBnPerYear: 99.5 });
    const { fmt } = createI18n('en', en, 'jpy', () => scenario.usdJpy);
    const money = runsOf(() => fmt.money(550));
    flushSync();
    expect(money.count).toBe(1);
    // Every step of a drag replaces the scenario: the formatter, and this number, stay.
    scenario = { ...scenario, paceUsdBnPerYear: 120 };
    flushSync();
    expect(money.count).toBe(1);
    scenario = { ...scenario, usdJpy: 150 };
    flushSync();
    expect(money.count).toBe(2);
    money.stop();
  });

  test('joining the rest of the catalogue on leaves the formatter, and every number formatted with it, as they are', async () => {
    const i18n = await partialEnglish(() => 155);
    const money = runsOf(() => i18n.fmt.money(550));
    flushSync();
    await i18n.complete();
    flushSync();
    expect(money.count).toBe(1);
    // A language switch is another formatter.
    await i18n.setLang('ja');
    flushSync();
    expect(money.count).toBe(2);
    money.stop();
  });

  test('after the rest of the catalogue is joined on, a drag’s steps work out nothing again that reads the translator and the formatter (sveltejs/svelte#15936)', async () => {
    // The page's wiring (src/App.svelte): the store's own rate, which changes only with the
    // rate. (Read from the scenario, which every step replaces, this derived is worked out
    // again at each step: 12 times in this test, not 2.)
    const store = createScenarioStore(DEFAULT_SCENARIO);
    const i18n = await partialEnglish(() => store.usdJpy);
    const { t, fmt } = i18n;
    let worked = 0;
    let label = '';
    const stop = $effect.root(() => {
      // What a control's label is: a message and a number, made before the join.
      const text = $derived.by(() => {
        worked++;
        return t('slider.bounds', { min: fmt.money(0), max: fmt.money(550) });
      });
      $effect(() => {
        label = text;
        void store.scenario; // (as a chart does: it reads the scenario too)
      });
    });
    flushSync();
    expect(worked).toBe(1);
    await i18n.complete();
    flushSync();
    const joined = worked;
    expect(label).toContain('US$550bn');
    // A drag of the pace: ten steps.
    for (let i = 0; i < 10; i++) {
      store.apply(transitions.setParam('paceUsdBnPerYear', 100 + i));
      flushSync();
    }
    expect(worked).toBe(joined);
    // The rate is what the formatter formats with: its change is worked out.
    store.apply(transitions.setParam('usdJpy', 150));
    flushSync();
    expect(worked).toBe(joined + 1);
    stop();
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

describe('the catalogue in two parts', () => {
  test('the parts have no key in common and together are the whole, in each language', async () => {
    const { enCore } = await import('../../src/i18n/en.core');
    const { enLater } = await import('../../src/i18n/en.later');
    const { jaCore } = await import('../../src/i18n/ja.core');
    const { jaLater } = await import('../../src/i18n/ja.later');
    for (const [core, later, whole] of [
      [enCore, enLater, en],
      [jaCore, jaLater, ja],
    ] as const) {
      expect(Object.keys(core).filter((k) => k in later)).toEqual([]);
      expect(Object.keys({ ...core, ...later }).sort()).toEqual(Object.keys(whole).sort());
    }
    // Each language splits at the same keys.
    expect(Object.keys(jaLater).sort()).toEqual(Object.keys(enLater).sort());
  });

  test('a partial catalogue is made whole by complete(), once; a switch brings a whole one', async () => {
    const { enCore } = await import('../../src/i18n/en.core');
    const { enLater } = await import('../../src/i18n/en.later');
    let loads = 0;
    const loadLater = async () => {
      loads += 1;
      return enLater;
    };
    const i18n = createI18n('en', enCore as Catalogue, 'usd', () => 155, loadCatalogue, {
      partial: true,
      loadLater,
    });
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      // A later message before the later part: the key itself, said out loud.
      expect(i18n.t('solve.together')).toBe('solve.together');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = error;
    }
    await Promise.all([i18n.complete(), i18n.complete()]);
    expect(loads).toBe(1);
    expect(i18n.t('solve.together')).toBe('Together');
    await i18n.setLang('ja');
    await i18n.complete();
    expect(loads).toBe(1);
    expect(i18n.t('solve.together')).toBe(ja['solve.together']);
  });

  test('a whole catalogue is complete at once', async () => {
    let loads = 0;
    const i18n = createI18n('en', en, 'usd', () => 155, loadCatalogue, {
      loadLater: async () => {
        loads += 1;
        return {};
      },
    });
    await i18n.complete();
    expect(loads).toBe(0);
  });
});

describe('an embed’s catalogue: its page’s part, then its chart’s', () => {
  test.each(['en', 'ja'] as const)(
    'in %s, each chart’s part adds its own messages only, none of the page’s or another chart’s',
    async (lang) => {
      const whole = lang === 'en' ? en : ja;
      const page = await loadEmbedCatalogue(lang);
      const parts = await Promise.all(CHART_IDS.map((c) => loadEmbedChartCatalogue(lang, c)));
      for (const part of parts) {
        expect(Object.keys(part).filter((k) => k in page)).toEqual([]);
        for (const [key, text] of Object.entries(part))
          expect(whole[key as keyof Catalogue]).toBe(text);
      }
      const [money, risk] = parts;
      expect(money).toHaveProperty('chart.money.title');
      expect(money).not.toHaveProperty('chart.risk.title');
      expect(risk).toHaveProperty('chart.risk.title');
      expect(risk).not.toHaveProperty('chart.money.title');
    },
  );

  test('extend() joins a part onto a partial catalogue in its language, keeping what it has', async () => {
    const page = await loadEmbedCatalogue('en');
    const i18n = createI18n('en', page as Catalogue, 'usd', () => 155, loadCatalogue, {
      partial: true,
    });
    const asked: Locale[] = [];
    await i18n.extend(async (lang) => {
      asked.push(lang);
      return { 'chart.money.title': 'Money', 'embed.open': 'not this' };
    });
    expect(asked).toEqual(['en']);
    expect(i18n.t('chart.money.title')).toBe('Money');
    expect(i18n.t('embed.open')).toBe(en['embed.open']);
  });

  test('extend() loads nothing for a whole catalogue', async () => {
    const i18n = createI18n('en', en, 'usd', () => 155);
    let loads = 0;
    await i18n.extend(async () => {
      loads += 1;
      return {};
    });
    expect(loads).toBe(0);
  });
});
