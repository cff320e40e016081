/**
 * The page fixture every browser test uses: it fails the test if the console reports an
 * error or the page requests anything from another origin.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void }>({
  // The prerendered page looks like the app but does not answer until the app has mounted
  // (after the reader's catalogue arrives) and its sections below the fold have arrived:
  // navigation waits for the settled page, so no test clicks the prerender.
  page: async ({ page }, use) => {
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
    await use(page);
  },
  guarded: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
          foreign.push(req.url());
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
