/**
 * The page fixture every browser test uses: it fails the test if the console reports an
 * error or the page requests anything from another origin.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void }>({
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
