// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { APP_WAIT_MS, firstPaintScript } from '../src/firstPaint';
import { scenarioKeys } from '../src/prerender';
import { serializeScenarioUrl } from '../src/state/url';
import { presetScenario } from '../src/model';
import { CHART_IDS } from '../src/state/view';

/** What the script asked for (preloads, then the app's module), the last time it ran. */
let preloaded: string[] = [];

/** The page's events and the callbacks the script left for later, the last time it ran. */
interface Later {
  /** Fires a document event (DOMContentLoaded, visibilitychange). */
  fire(type: string): void;
  /** Runs the frame callbacks asked for so far, then the timers without a delay they set. */
  frame(): void;
  /**
   * The browser reports the page's first contentful paint (then the timers it set run), made at
   * `at` ms (by default now, as the clock is).
   */
  paint(at?: number): void;
  /** Moves the page's clock to `ms`. */
  clock(ms: number): void;
  /** Runs the timers with a delay (the longest wait). */
  wait(): void;
  /** Hides the page. */
  hide(): void;
}
let later: Later;

interface Page {
  /** The module the page names (`<html data-entry>`), as the explorer's pages do; null for none. */
  entry?: string | null;
  /**
   * The embeds' page: a module for each chart (`data-entry-<chart>`), and each chart's part of
   * the catalogue in each language.
   */
  embeds?: boolean;
  /** Attributes the page lacks. */
  drop?: string[];
  /** The browser's languages. */
  languages?: string[];
  hidden?: boolean;
  /** How far the page's parsing is when the script runs. */
  readyState?: string;
  /** The browser draws frames (requestAnimationFrame) and times paints (PerformanceObserver). */
  frames?: boolean;
  paintTiming?: boolean;
}

/** Runs the first-paint script on a page (its path, query and own scenario) and returns the root's marks. */
function marks(
  pathname: string,
  search: string,
  own: string | null = null,
  pageLang = 'en',
  {
    entry = null,
    embeds = false,
    drop = [],
    languages = ['en-GB'],
    hidden = false,
    readyState = 'loading',
    frames: drawsFrames = true,
    paintTiming = true,
  }: Page = {},
) {
  const classes = new Set<string>();
  const attrs = new Map<string, string>([
    ['data-catalogue-en', './assets/en.core-x.js'],
    ['data-catalogue-ja', './assets/ja.core-y.js'],
    ['data-embed-catalogue-en', './assets/en-e.js'],
    ['data-embed-catalogue-ja', './assets/ja-e.js'],
    ['data-preload', './assets/charts-c.js'],
  ]);
  if (own !== null) attrs.set('data-page-scenario', own);
  if (entry !== null) attrs.set('data-entry', entry);
  if (embeds) {
    // (The embeds' page names none of the explorer's files, nor a page's part of the catalogue.)
    attrs.clear();
    for (const chart of CHART_IDS) {
      attrs.set(`data-entry-${chart}`, `./assets/embed-${chart}-m.js`);
      for (const lang of ['en', 'ja'])
        attrs.set(`data-embed-catalogue-${lang}-${chart}`, `./assets/${chart}-${lang}.js`);
    }
  }
  for (const a of drop) attrs.delete(a);
  preloaded = [];
  const head = {
    appendChild: (l: {
      rel?: string;
      type?: string;
      href?: string;
      src?: string;
      fetchPriority: string;
    }) =>
      preloaded.push(
        l.type === 'module'
          ? `module ${l.src} ${l.fetchPriority}`
          : `${l.rel} ${l.href} ${l.fetchPriority}`,
      ),
  };
  const root = {
    lang: pageLang,
    classList: { add: (c: string) => classes.add(c) },
    getAttribute: (a: string) => attrs.get(a) ?? null,
    setAttribute: (a: string, v: string) => attrs.set(a, v),
  };
  const listeners = new Map<string, (() => void)[]>();
  let frames: (() => void)[] = [];
  let timers: { f: () => void; ms: number }[] = [];
  const runTimers = (long: boolean) => {
    const due = timers.filter((t) => t.ms > 0 === long);
    timers = timers.filter((t) => !due.includes(t));
    for (const t of due) t.f();
  };
  let observers: ((list: { getEntriesByName(n: string): unknown[] }) => void)[] = [];
  let now = 0;
  const document = {
    documentElement: root,
    head,
    createElement: () => ({}),
    readyState,
    visibilityState: hidden ? 'hidden' : 'visible',
    addEventListener: (type: string, f: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), f]),
  };
  later = {
    fire: (type) => {
      if (type === 'DOMContentLoaded') document.readyState = 'interactive';
      for (const f of listeners.get(type) ?? []) f();
    },
    frame: () => {
      const now = frames;
      frames = [];
      for (const f of now) f();
      runTimers(false);
    },
    paint: (at = now) => {
      const list = {
        getEntriesByName: (n: string) =>
          n === 'first-contentful-paint' ? [{ startTime: at }] : [],
      };
      const waiting = observers;
      observers = [];
      for (const f of waiting) f(list);
      runTimers(false);
    },
    clock: (ms) => {
      now = ms;
    },
    wait: () => runTimers(true),
    hide: () => {
      document.visibilityState = 'hidden';
    },
  };
  /** A browser's paint timing, as much of it as the script uses. */
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(private readonly callback: (list: unknown, o: FakeObserver) => void) {}
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      observers.push((list) => this.callback(list, this));
    }
    disconnect() {}
  }
  const run = new Function(
    'location',
    'navigator',
    'document',
    'requestAnimationFrame',
    'setTimeout',
    'PerformanceObserver',
    'performance',
    firstPaintScript(),
  );
  // An English browser: on a Japanese page the path, not the browser, decides.
  run(
    { pathname, search },
    { languages },
    document,
    drawsFrames ? (f: () => void) => frames.push(f) : undefined,
    (f: () => void, ms = 0) => timers.push({ f, ms }),
    paintTiming ? FakeObserver : undefined,
    { now: () => now },
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

  test('the embeds’ page loads the module of the link’s chart at once, the default’s for any other, with its build’s part of the catalogue', () => {
    const embed = (search: string) => {
      expect(marks('/embed.html', search, null, 'en', { embeds: true })).toContain('fp-other');
      return preloaded;
    };
    expect(embed('?embed=1&chart=risk')).toEqual([
      'modulepreload ./assets/risk-en.js low',
      'module ./assets/embed-risk-m.js low',
    ]);
    expect(embed('?embed=1&chart=split&lang=ja')).toEqual([
      'modulepreload ./assets/split-ja.js low',
      'module ./assets/embed-split-m.js low',
    ]);
    const money = [
      'modulepreload ./assets/money-en.js low',
      'module ./assets/embed-money-m.js low',
    ];
    for (const other of ['', '?embed=1', '?embed=1&chart=nonsense', '?chart=constructor'])
      expect(embed(other), other).toEqual(money);
    // A page that names no entry for the link's chart starts the default's, not nothing.
    expect(
      marks('/embed.html', '?embed=1&chart=risk', null, 'en', {
        embeds: true,
        drop: ['data-entry-risk'],
      }),
    ).toContain('fp-other');
    expect(preloaded.at(-1)).toBe('module ./assets/embed-money-m.js low');
    // A language the app does not know is none: the browser's, as the app reads it.
    marks('/embed.html', '?embed=1&chart=risk&lang=fr', null, 'en', {
      embeds: true,
      languages: ['ja-JP', 'en'],
    });
    expect(preloaded[0]).toBe('modulepreload ./assets/risk-ja.js low');
    // The link's first chart, as the app reads it.
    expect(embed('?embed=1&chart=tariff&chart=risk').at(-1)).toBe(
      'module ./assets/embed-tariff-m.js low',
    );
  });

  test('an embed (embed=1), on the explorer’s page or the embeds’, or a link in another language hides the prerender (fp-other); another value of the key is another scenario’s link', () => {
    expect(marks('/', '?embed=1&chart=risk')).toEqual(['fp-custom', 'fp-other']);
    expect(marks('/embed.html', '?embed=1&lang=ja', null, 'en', { embeds: true })).toEqual([
      'fp-custom',
      'fp-other',
    ]);
    expect(marks('/', '?lang=ja')).toEqual(['fp-other']);
    expect(marks('/ja/', '?lang=ja', null, 'ja')).toEqual([]);
    // The app starts the explorer for any other value: a skeleton until it is live.
    expect(marks('/', '?embed=0')).toEqual(['fp-custom']);
  });

  test('an explorer page that shows its prerender asks for the app only once its first paint has been reported, and if that came before it was parsed, once a second frame has begun since', () => {
    const entry = './assets/index-i.js';
    const app = [
      'modulepreload ./assets/en.core-x.js low',
      'modulepreload ./assets/charts-c.js low',
      `module ${entry} low`,
    ];
    expect(marks('/', '', null, 'en', { entry })).toEqual([]);
    expect(preloaded).toEqual([]);
    later.clock(100);
    later.paint(); // a first paint while the page is parsed (the title, say)
    later.frame();
    expect(preloaded).toEqual([]);
    later.clock(150);
    later.fire('DOMContentLoaded');
    later.frame(); // the frame that draws the parsed page
    expect(preloaded).toEqual([]);
    later.frame(); // the next, then a task after it
    expect(preloaded).toEqual(app);
    // Once only, whatever comes later.
    later.fire('visibilitychange');
    later.frame();
    later.wait();
    expect(preloaded).toEqual(app);
    // A first paint once the page is parsed is of the parsed page: the app is asked for as it
    // is reported, frames or not. A preset's page, for its own scenario, likewise.
    const own = scenarioKeys(stalled);
    marks('/p/stalled/', '', own, 'en', { entry });
    later.clock(150);
    later.fire('DOMContentLoaded');
    expect(preloaded).toEqual([]);
    later.paint(160);
    expect(preloaded).toEqual(app);
    // A first paint made while the page was parsed but reported only after: the two frames.
    marks('/', '', null, 'en', { entry });
    later.clock(150);
    later.fire('DOMContentLoaded');
    later.paint(120);
    expect(preloaded).toEqual([]);
    later.frame();
    later.frame();
    expect(preloaded).toEqual(app);
    // Frames drawn but the paint not yet reported: it waits for the report.
    marks('/', '', null, 'en', { entry });
    later.fire('DOMContentLoaded');
    later.frame();
    later.frame();
    expect(preloaded).toEqual([]);
    later.paint();
    expect(preloaded).toEqual(app);
  });

  test('without paint timing, the frames alone; without frames, at once; a page already parsed, from there', () => {
    const entry = './assets/index-i.js';
    marks('/', '', null, 'en', { entry, paintTiming: false });
    later.fire('DOMContentLoaded');
    later.frame();
    expect(preloaded).toEqual([]);
    later.frame();
    expect(preloaded.at(-1)).toBe(`module ${entry} low`);
    marks('/', '', null, 'en', { entry, frames: false });
    expect(preloaded).toEqual([]);
    later.fire('DOMContentLoaded');
    expect(preloaded.at(-1)).toBe(`module ${entry} low`);
    marks('/', '', null, 'en', { entry, readyState: 'interactive' });
    later.frame();
    later.frame();
    expect(preloaded).toEqual([]);
    later.paint();
    expect(preloaded.at(-1)).toBe(`module ${entry} low`);
  });

  test(`a page that draws no frame or reports no paint asks for the app after ${APP_WAIT_MS} ms all the same`, () => {
    const entry = './assets/index-i.js';
    marks('/', '', null, 'en', { entry });
    later.fire('DOMContentLoaded');
    expect(preloaded).toEqual([]);
    later.wait();
    expect(preloaded.at(-1)).toBe(`module ${entry} low`);
  });

  test('a page that shows something else than its prerender (a skeleton, another language, an embed) asks for the app at once', () => {
    const entry = './assets/index-i.js';
    marks('/', `?${stalled}`, null, 'en', { entry });
    expect(preloaded).toEqual([
      'modulepreload ./assets/en.core-x.js low',
      'modulepreload ./assets/charts-c.js low',
      `module ${entry} low`,
    ]);
    marks('/', '?lang=ja', null, 'en', { entry });
    expect(preloaded).toEqual([
      'modulepreload ./assets/ja.core-y.js low',
      'modulepreload ./assets/charts-c.js low',
      `module ${entry} low`,
    ]);
    marks('/', '?embed=1&chart=risk', null, 'en', { entry });
    expect(preloaded).toEqual(['modulepreload ./assets/en-e.js low', `module ${entry} low`]);
  });

  test('a hidden page, which draws no frame, asks for the app once it is parsed, or as it is hidden', () => {
    const entry = './assets/index-i.js';
    marks('/', '', null, 'en', { entry, hidden: true });
    later.fire('DOMContentLoaded');
    expect(preloaded.at(-1)).toBe(`module ${entry} low`);
    marks('/', '', null, 'en', { entry });
    later.fire('DOMContentLoaded');
    expect(preloaded).toEqual([]);
    later.hide();
    later.fire('visibilitychange');
    expect(preloaded.at(-1)).toBe(`module ${entry} low`);
    later.frame();
    expect(preloaded.filter((p) => p.startsWith('module '))).toHaveLength(1);
  });

  test('if the script fails, the app is still asked for', () => {
    const entry = './assets/index-i.js';
    const run = new Function('location', 'navigator', 'document', firstPaintScript());
    const asked: string[] = [];
    run(
      {
        pathname: '/',
        get search(): string {
          throw new Error('no address');
        },
      },
      { languages: ['en-GB'] },
      {
        documentElement: { getAttribute: (a: string) => (a === 'data-entry' ? entry : null) },
        head: {
          appendChild: (s: { src: string; type: string }) => asked.push(`${s.type} ${s.src}`),
        },
        createElement: () => ({}),
      },
    );
    expect(asked).toEqual([`module ${entry}`]);
  });
});
