/**
 * The largest paint is the first (issue 16): the page's first frame holds its whole first
 * screen, and the live app takes the page over only once that frame's paint has been
 * reported (scripts/prerender.mjs: FIRST_SCREEN_END; src/sections/firstPaintPresented.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What the page's observers saw: its largest-paint entries, and its first paint's time. */
interface Paints {
  lcp: { at: number; element: string }[];
  fcp: number | undefined;
  /** How many first contentful paints had been reported when the page went live. */
  fcpWhenLive: number | null;
}

/** Watches the page's largest paints and the moment it goes live. */
async function watchPaints(page: Page): Promise<() => Promise<Paints>> {
  await page.addInitScript(() => {
    const w = window as unknown as Paints;
    w.lcp = [];
    w.fcpWhenLive = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
        w.lcp.push({ at: e.startTime, element: e.element?.className ?? '' });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.getElementById('app')?.dataset.live !== 'true') return;
      w.fcpWhenLive = performance.getEntriesByName('first-contentful-paint').length;
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live'] });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as Paints;
      return {
        lcp: w.lcp,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        fcpWhenLive: w.fcpWhenLive,
      };
    });
}

test('every prerendered page holds its first paint until its first screen is parsed; the embeds’ page has nothing to wait for', async ({
  request,
}) => {
  for (const path of ['/', '/ja/', '/p/stalled/', '/ja/p/tokyo/']) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const link = /<link rel="expect" href="#([\w-]+)" blocking="render" \/>/.exec(head);
    expect(link, path).not.toBeNull();
    // The element it names ends the first screen: after the lede and the headline's summary.
    const at = html.indexOf(` id="${link?.[1]}"`);
    expect(html.indexOf('<p class="lede"'), path).toBeGreaterThan(0);
    expect(at, path).toBeGreaterThan(html.indexOf('<p class="lede"'));
    expect(at, path).toBeGreaterThan(html.indexOf('data-testid="summary"'));
    expect(html.indexOf('data-testid="summary"'), path).toBeGreaterThan(0);
  }
  expect(await (await request.get('/embed.html')).text()).not.toContain('rel="expect"');
});

/**
 * A server of the built page whose HTML arrives in two parts, the second `pause` ms after the
 * first: the part before the lede (the head and the title), then the rest. Its stylesheet and
 * first-paint script come at once; nothing else is served (the app does not start: this is
 * about the prerender's first frame).
 */
async function slowPage(pause: number): Promise<{ server: Server; origin: string }> {
  const html = readFileSync('dist/index.html', 'utf8');
  const split = html.indexOf('<p class="lede"');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, split));
      setTimeout(() => res.end(html.slice(split)), pause);
      return;
    }
    const file = path === '/first-paint.js' || /^\/assets\/style-[\w-]+\.css$/.test(path);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': path.endsWith('.css') ? 'text/css' : 'text/javascript',
    });
    res.end(readFileSync(`dist${path}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function firstFrame(browser: Browser, origin: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 860 } });
  const page = await context.newPage();
  const paints = await watchPaints(page);
  await page.goto(`${origin}/`);
  await page.waitForTimeout(300); // the last frame's paints reported
  const seen = await paints();
  await context.close();
  return seen;
}

for (const [width, largest] of [
  [1280, 'summary'],
  [390, 'lede'],
] as const)
  test(`at ${width} px, when the page’s HTML arrives in parts, its first paint is its largest: the whole first screen`, async ({
    browser,
  }) => {
    const { server, origin } = await slowPage(400);
    try {
      const { lcp, fcp } = await firstFrame(browser, origin, width);
      expect(fcp).toBeDefined();
      // One largest paint, in the first frame: the page's largest text, not its title first.
      expect(lcp).toHaveLength(1);
      expect(lcp[0]?.at).toBe(fcp);
      expect(lcp[0]?.element).toMatch(new RegExp(`\\b${largest}\\b`));
    } finally {
      server.close();
    }
  });

test('the live app takes the page over only once its first paint has been reported', async ({
  page,
}) => {
  // The page's frames are held back (a script that blocks rendering, injected into its head
  // and answered on the test's word) until the app's code has arrived: it could start at once.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/held-render\.js$/, async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</head>',
      '<script async src="./held-render.js" blocking="render"></script></head>',
    );
    await route.fulfill({ response, body });
  });
  const paints = await watchPaints(page);
  const arrived = Promise.all([
    page.waitForResponse(/\/assets\/explorer-[\w-]+\.js$/),
    page.waitForResponse(/\/assets\/en\.core-[\w-]+\.js$/),
  ]);
  const opened = page.goto('/', { waitUntil: 'commit' });
  await arrived;
  // Nothing drawn yet, and the app has not taken the page over.
  await page.waitForTimeout(500);
  expect(await paints()).toEqual({ lcp: [], fcp: undefined, fcpWhenLive: null });
  await expect(page.locator('#app')).not.toHaveAttribute('data-live');
  release();
  await opened;
  await expect(page.locator('#app')).toHaveAttribute('data-live', 'true');
  const { lcp, fcp, fcpWhenLive } = await paints();
  expect(fcpWhenLive).toBe(1);
  // The prerender's summary was painted first, and the live one did not replace it as the largest.
  expect(lcp).toHaveLength(1);
  expect(lcp[0]?.at).toBe(fcp);
});
