import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DATA_AS_OF, DEFAULT_SCENARIO, LINK_VERSIONS, en, expectedHeadline } from './model';
import { presetScenario } from '../../src/model';
import { analyse } from '../../src/worker/analysis';
import { serializeScenarioUrl } from '../../src/state/urlWrite';
import { monteCarloAnswer } from './headline';
import { CHART_IDS } from '../../src/state/view';

// Before any script runs there is no Monte Carlo: the page shows the central path, marked provisional.
const { central, format } = expectedHeadline();
const escape = (text: string) => text.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');

test('the prerendered HTML carries the default headline numbers and the main chart before any script runs', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html).toMatch(new RegExp(`data-testid="credited"[^>]*>${escape(central.credited)}<`));
  expect(html).toMatch(new RegExp(`data-testid="risk"[^>]*>${escape(central.risk)}<`));
  // Marked provisional while the app loads; without JavaScript, as needing it.
  expect(html).toMatch(
    new RegExp(
      `data-testid="provisional"[^>]*>(<!--[^>]*-->)?<span class="needs-js[^"]*">${escape(en['headline.provisional'])}</span><span class="no-js-only[^"]*">${escape(en['headline.provisionalNoJs'])}</span>`,
    ),
  );
  expect(html).toContain(`Data checked through ${format.date(DATA_AS_OF)}`);
  expect(html).toMatch(/<path class="line credited[^"]*" d="M/);
});

/** The tornado's figure in a page's HTML. */
const tornadoOf = (html: string) =>
  /<figure class="card[^"]*" id="tornado"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';

test('each page carries its tornado, drawn from its own analysis, before any script runs', async ({
  request,
}) => {
  for (const [path, preset] of [
    ['/', null],
    ['/ja/', null],
    ['/p/stalled/', 'stalled'],
    ['/ja/p/tokyo/', 'tokyo'],
  ] as const) {
    const html = await (await request.get(path)).text();
    const tornado = tornadoOf(html);
    expect(tornado, path).not.toBe('');
    // Its ten bars, and no note that they are being worked out.
    expect(tornado.match(/<rect class="bar (up|down)"/g), path).toHaveLength(10);
    expect(tornado, path).not.toContain('class="pending');
    const json = /<script type="application\/json" id="page-analysis">([^<]*)<\/script>/.exec(
      html,
    )?.[1];
    // The analysis of the page's own scenario, as the worker would work it out.
    const scenario = preset ? presetScenario(preset) : DEFAULT_SCENARIO;
    expect(JSON.parse(json ?? 'null'), path).toEqual({
      query: serializeScenarioUrl(scenario),
      analysis: analyse({ type: 'analyse', id: 0, a: null, b: scenario }),
    });
  }
});

for (const width of [1280, 390])
  test(`at ${width} px the live page keeps the tornado its page was drawn with, without asking a worker for it; a link to another scenario waits for the worker’s`, async ({
    page,
  }) => {
    const analysisWorker: string[] = [];
    page.on('request', (r) => {
      if (/analysis\.worker-[\w-]+\.js$/.test(r.url())) analysisWorker.push(r.url());
    });
    // Whether the tornado ever showed its note (its sweep being worked out), from the first paint.
    await page.addInitScript(() => {
      const w = window as unknown as { __noted: boolean };
      w.__noted = false;
      const look = () => {
        if (document.querySelector('#tornado .pending')) w.__noted = true;
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', look);
    });
    const noted = () => page.evaluate(() => (window as unknown as { __noted: boolean }).__noted);
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/p/stalled/']) {
      analysisWorker.length = 0;
      await page.goto(path);
      await monteCarloAnswer(page);
      // Past the moment the page would have asked for it (250 ms after the whole answer).
      await page.waitForTimeout(1000);
      await expect(page.locator('#tornado rect.bar')).toHaveCount(10);
      expect(await noted(), path).toBe(false);
      expect(analysisWorker, path).toEqual([]);
    }
    // Another scenario: its sweep is the worker's, with the note until it comes. The worker's
    // script is held back until the live tornado shows its note (or 10 s), so the sweep cannot
    // come before the tornado is live: mounted on its idle turn after the sweep had come, on a
    // loaded machine (at 390 px, then at 1280 px with the tornado brought into view at once),
    // it had nothing to wait for and never showed the note.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/analysis\.worker-[\w-]+\.js$/, async (route) => {
      await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await route.continue();
    });
    await page.goto(`/?${LINK_VERSIONS}&pace=120`);
    await page.locator('#tornado').scrollIntoViewIfNeeded();
    await monteCarloAnswer(page);
    await expect(page.locator('#tornado .pending')).toBeAttached({ timeout: 10_000 });
    release();
    await expect(page.locator('#tornado rect.bar')).toHaveCount(10, { timeout: 15_000 });
    await expect(page.locator('#tornado .pending')).toHaveCount(0);
    expect(await noted()).toBe(true);
    expect(analysisWorker).toHaveLength(1);
  });

test('a reader without JavaScript sees the numbers, the chart and a note', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.getByTestId('credited')).toHaveText(central.credited);
  await expect(page.getByRole('img', { name: /^How fast the money moves/ })).toBeVisible();
  await expect(page.getByText(/need JavaScript/)).toBeVisible();
  await context.close();
});

test('each page asks for its stylesheet first, then its first-paint script, and names its module: an explorer page its one, the embeds’ page one for each chart', async ({
  request,
}) => {
  /** The page's stylesheets, preloads and scripts (not its JSON data), in order. */
  const tags = (html: string) =>
    [
      ...html.matchAll(
        /<(link rel="(?:stylesheet|modulepreload)"|script(?! type="application\/json"))[^>]*>/g,
      ),
    ].map((m) => ({ tag: m[0], inHead: m.index < html.indexOf('</head>') }));
  const head = [
    { tag: expect.stringMatching(/^<link rel="stylesheet"/), inHead: true },
    {
      tag: expect.stringMatching(/^<script src="[./]*assets\/first-paint-[\w-]+\.js">/),
      inHead: true,
    },
  ];
  for (const path of ['/', '/ja/', '/p/stalled/', '/ja/p/stalled/']) {
    const html = await (await request.get(path)).text();
    // No module of its own: the first-paint script asks for the one the page names once the
    // prerender has been painted (the next test).
    expect(tags(html), path).toEqual(head);
    const entry = /^<html [^>]*\bdata-entry="([^"]+)"/m.exec(html)?.[1] ?? '';
    expect(entry, path).toMatch(/^(\.\/|(\.\.\/)+)assets\/index-[\w-]+\.js$/);
    const file = await request.get(new URL(entry, `http://x${path}`).pathname);
    expect(file.ok(), path).toBe(true);
    expect(await file.text(), path).toContain('import(');
  }
  // The embeds' page names an entry for each chart (the first-paint script loads the link's).
  const html = await (await request.get('/embed.html')).text();
  expect(tags(html)).toEqual(head);
  expect(html).not.toMatch(/\bdata-entry=/);
  for (const chart of CHART_IDS) {
    const entry = new RegExp(`^<html [^>]*\\bdata-entry-${chart}="([^"]+)"`, 'm').exec(html)?.[1];
    expect(entry, chart).toMatch(new RegExp(`^\\./assets/embed-${chart}-[\\w-]+\\.js$`));
    expect((await request.get(`/${entry}`)).ok(), chart).toBe(true);
  }
});

test('the explorer asks for its scripts once its prerender has been painted, below the page’s own files, and an embed at once', async ({
  page,
}) => {
  // Chromium asks for the app's module and the first-paint script's preloads (the catalogue,
  // the charts' chunk) at low priority.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const priority = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    const file = /\/assets\/(style|index|en\.core|charts)-[\w-]+\.(js|css)$/.exec(e.request.url);
    if (file?.[1]) priority.set(file[1], e.request.initialPriority);
  });
  await page.goto('/');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  expect(Object.fromEntries(priority)).toEqual({
    style: 'VeryHigh',
    index: 'Low',
    'en.core': 'Low',
    charts: 'Low',
  });
  /** When the page first painted its content, and when it asked for each of its scripts. */
  const timings = () =>
    page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/(index|en\.core|charts)-[\w-]+\.js$/.test(r.name))
        .map((r) => ({ file: r.name.replace(/.*\/assets\//, ''), start: r.startTime })),
    }));
  const explorer = await timings();
  expect(explorer.paint).toBeGreaterThan(0);
  expect(explorer.scripts.map((s) => s.file.replace(/-[\w-]+\.js$/, '')).sort()).toEqual([
    'charts',
    'en.core',
    'index',
  ]);
  for (const s of explorer.scripts) expect(s.start, s.file).toBeGreaterThan(explorer.paint);
  // An embed shows nothing until its app does: it asks for its chart's module and catalogue
  // part as it is parsed, and for no other chart's.
  await page.goto('/embed.html?embed=1&chart=risk');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  const embed = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const asked = (file: RegExp | string) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => (typeof file === 'string' ? r.name.endsWith(file) : file.test(r.name)))
        .map((r) => r.startTime);
    // (The page names the chart's part of the catalogue in each language.)
    const words = document.documentElement.getAttribute('data-embed-catalogue-en-risk') ?? '?';
    return {
      parsed: navigation?.domContentLoadedEventStart ?? Number.NaN,
      entries: asked(/\/assets\/embed-\w+-[\w-]+\.js$/),
      entry: asked(/\/assets\/embed-risk-[\w-]+\.js$/),
      words: asked(words.replace(/^\./, '')),
    };
  });
  expect(embed.entries).toHaveLength(1);
  expect(embed.entry).toHaveLength(1);
  expect(embed.entry[0]).toBeLessThan(embed.parsed);
  expect(embed.words).toHaveLength(1);
  expect(embed.words[0]).toBeLessThan(embed.parsed);
});

test('the page is locked down: a CSP with no inline script and no other origin', async ({
  request,
  page,
}) => {
  const html = await (await request.get('/')).text();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https?:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  // No inline script: the one script element without a source is a JSON data block (the
  // page's own analysis, src/state/pageAnalysis.ts), which no browser runs.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
  expect(html.match(/<script type="application\/json"[^>]*>/g)).toEqual([
    '<script type="application/json" id="page-analysis">',
  ]);
  // The live page runs under that policy without a single violation (the fixture fails on any console error).
  await page.goto('/');
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/, { timeout: 15_000 });
});

// (The page as it opens: the sections below the fold left asleep, not scrolled through.)
test.describe(() => {
  test.use({ asleep: true });
  for (const width of [360, 1280])
    test(`at ${width} px the page comes alive over its prerender without a jump: each section shows its prerendered HTML until it is live`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number; __blank: string[] };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        // A first-screen section seen empty in any frame once the page is live.
        w.__blank = [];
        const look = () => {
          const app = document.getElementById('app');
          if (app?.dataset.live === 'true')
            for (const name of ['headline', 'levers', 'money']) {
              const el = document.querySelector(`[data-section="${name}"]`);
              if (el && el.children.length === 0) w.__blank.push(name);
            }
          if (app?.dataset.settled !== 'true') requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.goto('/'); // waits for the settled page
      // And for the sections that mount once the Monte Carlo has answered, or the page is idle.
      for (const name of ['risk', 'tariff', 'goods', 'data', 'print'])
        await expect(page.locator(`[data-section="${name}"]`)).toHaveAttribute(
          'data-mounted',
          'true',
        );
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __shift: number; __blank: string[] };
        return { shift: w.__shift, blank: w.__blank };
      });
      expect(seen.blank).toEqual([]);
      // The only movement left is the headline's interval line when the Monte Carlo arrives
      // (about 0.001–0.004); replacing the prerender with empty sections cost 0.107.
      expect(seen.shift).toBeLessThan(0.01);
      // Every section was shown from the prerender until it was mounted.
      const sections = page.locator('[data-section]');
      expect(await sections.count()).toBeGreaterThan(10);
      await expect(page.locator('[data-section]:not([data-adopted])')).toHaveCount(0);
    });

  test('below the fold a section is its prerender, asleep and taking no click, until it is wanted: when the reader nears it, once the Monte Carlo it shows has answered, or once the page shows another scenario', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/'); // the first screen is live; nothing below it is asked for
    const methodology = page.locator('[data-section="methodology"]');
    await expect(methodology).toHaveAttribute('data-asleep', '');
    await expect(methodology).not.toHaveAttribute('data-mounted');
    expect(
      await methodology.evaluate((el) => getComputedStyle(el.firstElementChild!).pointerEvents),
    ).toBe('none');
    // The Monte Carlo has answered: the sections whose prerender that outdates are live (and
    // the printed summary, once the page was idle).
    for (const name of ['risk', 'tariff', 'goods', 'data', 'print'])
      await expect(page.locator(`[data-section="${name}"]`)).toHaveAttribute(
        'data-mounted',
        'true',
      );
    await expect(page.locator('[data-section="compare"]')).toHaveAttribute('data-asleep', '');
    // The reader scrolls down to the methodology: it is live, and takes clicks.
    await methodology.evaluate((el) => el.firstElementChild!.scrollIntoView());
    await expect(methodology).toHaveAttribute('data-mounted', 'true');
    await expect(methodology).not.toHaveAttribute('data-asleep');
    expect(
      await methodology.evaluate((el) => getComputedStyle(el.firstElementChild!).pointerEvents),
    ).toBe('auto');
    // Back at the top, the sections between still sleep, until the reader changes the scenario.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    const asleep = page.locator('[data-section][data-asleep]');
    for (const name of ['split', 'compare', 'tornado'])
      await expect(page.locator(`[data-section="${name}"]`)).toHaveAttribute('data-asleep', '');
    await page.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(asleep).toHaveCount(0);
    await expect(page.locator('[data-section="compare"]')).toHaveAttribute('data-mounted', 'true');
  });
});

test('a reader who has tabbed into a section before it is live stays on the same control once it is', async ({
  page,
}) => {
  // The risk chart's chunk is held back until the reader has focused a button of its
  // prerendered card (the live layout is drawn; the section has not been mounted yet).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/RiskChart-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const opened = page.goto('/'); // (waits for the settled page, which waits for the chart)
  await expect(page.locator('#app')).toHaveAttribute('data-live', 'true');
  const risk = page.locator('[data-section="risk"]');
  await expect(risk).toHaveAttribute('data-adopted', 'true');
  await expect(risk).not.toHaveAttribute('data-mounted', 'true');
  const button = risk.getByRole('button').first();
  const name = (await button.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await button.focus();
  await page.evaluate(() => {
    (window as unknown as { __prerendered: Element | null }).__prerendered = document.activeElement;
  });
  release();
  await opened;
  await expect(risk).toHaveAttribute('data-mounted', 'true');
  // The live card's button, not the prerender's (which has gone), has the focus.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as { __prerendered: Element | null };
      return w.__prerendered?.isConnected;
    }),
  ).toBe(false);
  await expect(risk.getByRole('button', { name, exact: true }).first()).toBeFocused();
});

test('a custom link keeps its first-paint page in view until the live page is drawn: no frame with an empty page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __empty: number; __frames: number };
    w.__empty = 0;
    w.__frames = 0;
    const look = () => {
      const app = document.getElementById('app');
      if (app) {
        w.__frames++;
        if (app.children.length === 0) w.__empty++;
      }
      if (app?.dataset.settled !== 'true') requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('/?pace=150'); // waits for the settled page
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __empty: number; __frames: number };
    return { empty: w.__empty, frames: w.__frames };
  });
  expect(seen.frames).toBeGreaterThan(0);
  expect(seen.empty).toBe(0);
  await expect(page.getByRole('slider', { name: 'Selections a year' })).toHaveValue('150');
});

/** Holds the app's entry back until the returned function is called: the page is parsed and styled, the app not started. */
async function holdEntry(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The tag names of the children of #app that have a layout box. */
const displayed = (page: Page) =>
  page
    .locator('#app > *')
    .evaluateAll((els) =>
      els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.tagName),
    );

for (const [what, link, chart] of [
  ['an embed', `/?${LINK_VERSIONS}&embed=1&chart=risk&lang=en`, /^How likely a tariff penalty is/],
  ['the explorer in another language', `/?${LINK_VERSIONS}&lang=ja`, /^資金はどれだけ速く動くか/],
] as const)
  test(`${what} never lays out the prerender it does not show: not displayed while the app starts, gone once live`, async ({
    page,
  }) => {
    const release = await holdEntry(page);
    const opened = page.goto(link);
    const header = page.locator('#app > header');
    await expect(header).toHaveCount(1);
    await expect(page.locator('html')).toHaveClass(/\bfp-other\b/);
    // Not displayed at all (no layout boxes), not merely hidden.
    expect(await header.evaluate((el) => el.getClientRects().length)).toBe(0);
    expect(await displayed(page)).toEqual([]);
    await header.evaluate(
      (el) => ((window as unknown as { __prerendered: Element }).__prerendered = el),
    );
    release();
    await opened;
    await expect(page.getByRole('img', { name: chart }).first()).toBeVisible();
    expect(await displayed(page)).not.toEqual([]);
    // The prerender's own nodes have gone (the live page's are new).
    expect(
      await page.evaluate(
        () => (window as unknown as { __prerendered: Element }).__prerendered.isConnected,
      ),
    ).toBe(false);
  });

test('a page in its own language keeps its prerender displayed while the app starts', async ({
  page,
}) => {
  const release = await holdEntry(page);
  const opened = page.goto('/');
  await expect(page.locator('#app > header')).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/\bfp-other\b/);
  release();
  await opened;
});
