// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { firstPaintScript } from '../src/firstPaint';
import { scenarioKeys } from '../src/prerender';
import { serializeScenarioUrl } from '../src/state/url';
import { presetScenario } from '../src/model';

/** What the script preloaded, the last time it ran. */
let preloaded: string[] = [];

/** Runs the first-paint script on a page (its path, query and own scenario) and returns the root's marks. */
function marks(pathname: string, search: string, own: string | null = null, pageLang = 'en') {
  const classes = new Set<string>();
  const attrs = new Map<string, string>([
    ['data-catalogue-en', './assets/en.core-x.js'],
    ['data-catalogue-ja', './assets/ja.core-y.js'],
    ['data-embed-catalogue-en', './assets/en-e.js'],
    ['data-embed-catalogue-ja', './assets/ja-e.js'],
    ['data-preload', './assets/charts-c.js'],
  ]);
  if (own !== null) attrs.set('data-page-scenario', own);
  preloaded = [];
  const head = {
    appendChild: (l: { rel: string; href: string; fetchPriority: string }) =>
      preloaded.push(`${l.rel} ${l.href} ${l.fetchPriority}`),
  };
  const root = {
    lang: pageLang,
    classList: { add: (c: string) => classes.add(c) },
    getAttribute: (a: string) => attrs.get(a) ?? null,
    setAttribute: (a: string, v: string) => attrs.set(a, v),
  };
  const run = new Function('location', 'navigator', 'document', firstPaintScript());
  // An English browser: on a Japanese page the path, not the browser, decides.
  run(
    { pathname, search },
    { languages: ['en-GB'] },
    { documentElement: root, head, createElement: () => ({}) },
  );
  return [...classes].sort();
}

const stalled = serializeScenarioUrl(presetScenario('stalled'));
const korea = serializeScenarioUrl(presetScenario('korea'));

describe('the first-paint script', () => {
  test('the default’s page keeps its prerender for a view-only link, not for a scenario', () => {
    expect(marks('/', '')).toEqual([]);
    expect(marks('/', '?t=2025-09..2029-12&base=0')).toEqual([]);
    expect(marks('/', `?${stalled}`)).toEqual(['fp-custom']);
    expect(marks('/', '?cur=jpy')).toEqual(['fp-custom']);
  });

  test('a preset’s page keeps its prerender for its own scenario, and for a link naming none', () => {
    const own = scenarioKeys(stalled);
    expect(own).not.toBe('');
    expect(marks('/p/stalled/', `?${stalled}`, own)).toEqual([]);
    expect(marks('/p/stalled/', '', own)).toEqual([]);
    expect(marks('/p/stalled/', '?theme=dark', own)).toEqual([]);
    expect(marks('/p/stalled/', `?${korea}`, own)).toEqual(['fp-custom']);
    // The default's scenario (a version key, no scenario key) is another scenario here.
    expect(
      marks('/p/stalled/', `?${serializeScenarioUrl(presetScenario('central'))}`, own),
    ).toEqual(['fp-custom']);
  });

  test('a Japanese preset page is Japanese: a Japanese reader keeps it, an English link hides it', () => {
    const own = scenarioKeys(stalled);
    expect(marks('/ja/p/stalled/', '', own, 'ja')).toEqual([]);
    expect(marks('/ja/p/stalled/', '?lang=en', own, 'ja')).toEqual(['fp-other']);
    const high = scenarioKeys(serializeScenarioUrl(presetScenario('highRates')));
    expect(marks('/ja/p/highRates/', '', high, 'ja')).toEqual([]);
  });

  test('it preloads the catalogue of the reader’s language, the page’s or the link’s, and the charts, at low priority', () => {
    const charts = 'modulepreload ./assets/charts-c.js low';
    marks('/', '');
    expect(preloaded).toEqual(['modulepreload ./assets/en.core-x.js low', charts]);
    marks('/', '?lang=ja');
    expect(preloaded).toEqual(['modulepreload ./assets/ja.core-y.js low', charts]);
    marks('/ja/', '', null, 'ja');
    expect(preloaded).toEqual(['modulepreload ./assets/ja.core-y.js low', charts]);
  });

  test('an embed preloads its own part of the catalogue, none of the explorer’s', () => {
    marks('/', '?embed=1&chart=risk');
    expect(preloaded).toEqual(['modulepreload ./assets/en-e.js low']);
    marks('/', '?embed=1&lang=ja');
    expect(preloaded).toEqual(['modulepreload ./assets/ja-e.js low']);
  });

  test('an embed (embed=1), on the explorer’s page or the embeds’, or a link in another language hides the prerender (fp-other); another value of the key is another scenario’s link', () => {
    expect(marks('/', '?embed=1&chart=risk')).toEqual(['fp-custom', 'fp-other']);
    expect(marks('/embed.html', '?embed=1&lang=ja')).toEqual(['fp-custom', 'fp-other']);
    expect(marks('/', '?lang=ja')).toEqual(['fp-other']);
    expect(marks('/ja/', '?lang=ja', null, 'ja')).toEqual([]);
    // The app starts the explorer for any other value: a skeleton until it is live.
    expect(marks('/', '?embed=0')).toEqual(['fp-custom']);
  });
});
