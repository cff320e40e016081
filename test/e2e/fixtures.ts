/**
 * The page fixture every browser test uses: it fails the test if the console reports an
 * error or the page requests anything from another origin. `openFresh` opens a link in a
 * context of its own (a reader the link was sent to), held to the same rules.
 */
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * Brings every section below the fold live as a reader scrolling down the page does: the
 * sections that still show their prerender each mount as they come near the screen
 * (src/sections/browserSectionHost.ts). Then the page goes back to where it was.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    /** The first part with a box of the first section asleep (the printed summary has none). */
    const next = () => {
      for (const section of document.querySelectorAll('#app [data-section][data-asleep]'))
        for (const part of section.children) if (part.getClientRects().length > 0) return part;
      return null;
    };
    const start = scrollY;
    // (At most ten seconds: a section that does not wake fails the test that reads it.)
    for (let part = next(), frames = 0; part && frames < 600; part = next(), frames++) {
      part.scrollIntoView({ block: 'center' });
      await frame();
    }
    // Each has been drawn once (its size remembered) before the page goes back.
    for (let frames = 0; document.querySelector('#app [data-measuring]') && frames < 600; frames++)
      await frame();
    scrollTo({ top: start, behavior: 'instant' });
    await frame();
  });
}

/**
 * The prerendered page looks like the app but does not answer until the app has mounted
 * (after the reader's catalogue arrives), and a section below the fold shows its prerender
 * until the reader comes near it (src/sections/browserSectionHost.ts): navigation waits for
 * the settled page and then, unless `asleep` or the link names a place on the page, scrolls
 * through it as a reader would (`scrollThrough`), so no test clicks the prerender, and no
 * test reads a section below the fold before it is mounted (which takes seconds on a busy
 * machine; the printed summary, which no reader scrolls to, mounts once the page is idle,
 * and a link to a place on the page brings the sections near it). A test of the sleeping
 * sections themselves opens the page `asleep`.
 */
function waitForSettledNavigation(page: Page, asleep = false): void {
  const live = async () => {
    await page.waitForFunction(() => {
      const app = document.getElementById('app');
      return !app || app.dataset.settled === 'true';
    });
    if (!asleep && !new URL(page.url()).hash) await scrollThrough(page);
  };
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
  /** Whether navigation leaves the sections below the fold asleep (no scroll through them). */
  asleep: boolean;
  guarded: void;
  /** Opens `url` in a new context (with `options`), once the page has settled. */
  openFresh: (url: string, options?: BrowserContextOptions) => Promise<Page>;
}>({
  asleep: [false, { option: true }],
  page: async ({ page, asleep }, use) => {
    waitForSettledNavigation(page, asleep);
    await use(page);
  },
  openFresh: async ({ browser, baseURL, asleep }, use) => {
    const opened: { page: Page; seen: ReturnType<typeof watch> }[] = [];
    await use(async (url, options = {}) => {
      const page = await (await browser.newContext(options)).newPage();
      opened.push({ page, seen: watch(page, originOf(baseURL)) });
      waitForSettledNavigation(page, asleep);
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
