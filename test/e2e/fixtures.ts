/**
 * The page fixture every browser test uses: it fails the test if the console reports an
 * error or the page requests anything from another origin. `openFresh` opens a link in a
 * context of its own (a reader the link was sent to), held to the same rules.
 */
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * The prerendered page looks like the app but does not answer until the app has mounted
 * (after the reader's catalogue arrives) and its sections below the fold have arrived:
 * navigation waits for the settled page, so no test clicks the prerender, and no test reads a
 * section below the fold before it is mounted (which takes seconds on a busy machine).
 */
function waitForSettledNavigation(page: Page): void {
  const live = () =>
    page.waitForFunction(() => {
      const app = document.getElementById('app');
      return !app || app.dataset.settled === 'true';
    });
  const goto = page.goto.bind(page);
  page.goto = async (...args: Parameters<typeof goto>) => {
    const response = await goto(...args);
    await live();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args: Parameters<typeof reload>) => {
    const response = await reload(...args);
    await live();
    return response;
  };
}

/** Records the page's console errors and its requests to another origin than `origin`. */
function watch(page: Page, origin: string): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(req.url());
  });
  return { errors, foreign };
}

const originOf = (baseURL: string | undefined) =>
  new URL(baseURL ?? 'http://127.0.0.1:4173').origin;

export const test = base.extend<{
  guarded: void;
  /** Opens `url` in a new context (with `options`), once the page has settled. */
  openFresh: (url: string, options?: BrowserContextOptions) => Promise<Page>;
}>({
  page: async ({ page }, use) => {
    waitForSettledNavigation(page);
    await use(page);
  },
  openFresh: async ({ browser, baseURL }, use) => {
    const opened: { page: Page; seen: ReturnType<typeof watch> }[] = [];
    await use(async (url, options = {}) => {
      const page = await (await browser.newContext(options)).newPage();
      opened.push({ page, seen: watch(page, originOf(baseURL)) });
      waitForSettledNavigation(page);
      await page.goto(url);
      return page;
    });
    for (const { page, seen } of opened) {
      await page.context().close();
      expect(seen.errors, `console errors in the page opened at ${page.url()}`).toEqual([]);
      expect(seen.foreign, `requests to other origins from ${page.url()}`).toEqual([]);
    }
  },
  guarded: [
    async ({ page, baseURL }, use) => {
      const seen = watch(page, originOf(baseURL));
      await use();
      expect(seen.errors, 'console errors').toEqual([]);
      expect(seen.foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
