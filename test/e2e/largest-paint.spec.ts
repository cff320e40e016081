/**
 * The largest paint is the prerender's (issue 16): the live app takes the page over only once
 * the prerender's first paint has been reported, so the live twin of the prerender's largest
 * text never becomes the largest paint in its place (src/sections/firstPaintPresented.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LINK_VERSIONS } from './model';

// The page's paints as it opens: no scroll through the page after it (which paints the
// sections below the fold, each a larger paint than the first screen's).
test.use({ asleep: true });

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

/**
 * Holds the page's frames back (a script that blocks rendering, injected into its head and
 * answered on the test's word); resolves to the function that lets them go.
 */
async function holdFrames(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/held-render\.js$/, async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.route(/\/(\?[^/]*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</head>',
      '<script async src="./held-render.js" blocking="render"></script></head>',
    );
    await route.fulfill({ response, body });
  });
  return release;
}

test('the explorer asks for the app’s code only once its prerender has been painted, and that paint stays the largest', async ({
  page,
}) => {
  const release = await holdFrames(page);
  const asked: string[] = [];
  page.on('request', (r) => {
    // (The first-paint script aside: the page's own, in its head.)
    if (/\/assets\/(?!first-paint-)[\w.-]+\.js$/.test(r.url())) asked.push(r.url());
  });
  const paints = await watchPaints(page);
  const opened = page.goto('/', { waitUntil: 'commit' });
  // (Polled on a timer: the page draws no frame while held.)
  await page.waitForFunction(() => document.readyState !== 'loading', null, { polling: 50 });
  // The page is parsed but not drawn: no script of the app's has been asked for.
  await page.waitForTimeout(500);
  expect(asked).toEqual([]);
  expect(await paints()).toEqual({ lcp: [], fcp: undefined, fcpWhenLive: null });
  release();
  await opened;
  await expect(page.locator('#app')).toHaveAttribute('data-live', 'true');
  expect(asked.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
  const { lcp, fcp, fcpWhenLive } = await paints();
  expect(fcpWhenLive).toBe(1);
  expect(lcp).toHaveLength(1);
  expect(lcp[0]?.at).toBe(fcp);
  expect(lcp[0]?.element).toMatch(/\bsummary\b/);
});

test('where the app’s code comes before the first paint (a link to another scenario asks for it at once), the live app takes the page over only once that paint has been reported', async ({
  page,
}) => {
  // The page's frames are held back until the app's code has arrived: it could start at once.
  const release = await holdFrames(page);
  const paints = await watchPaints(page);
  const arrived = Promise.all([
    page.waitForResponse(/\/assets\/explorer-[\w-]+\.js$/),
    page.waitForResponse(/\/assets\/en\.core-[\w-]+\.js$/),
  ]);
  const opened = page.goto(`/?${LINK_VERSIONS}&pace=300`, { waitUntil: 'commit' });
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
  // The first-paint page's largest text was painted first, with the paint the browser reported.
  // (Its skeleton hides the summary's numbers, so the live summary, the link's answer, may be
  // larger and come later.)
  expect(lcp[0]?.at).toBe(fcp);
  expect(lcp[0]?.element).toMatch(/\blede\b/);
});
