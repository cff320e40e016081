// Not the guarded fixture: this test blocks a request on purpose, and the browser reports it.
import { expect, test } from '@playwright/test';
import { monteCarloAnswer, expectHeadline } from './headline';
import { expectedHeadline } from './model';

test('if the Japanese catalogue cannot be fetched, the reader gets the English page, not a blank one', async ({
  page,
}) => {
  await page.route(/\/assets\/ja\.(core|later)-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=ja');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The English answers, in English figures, once the Monte Carlo has run.
  await monteCarloAnswer(page);
  await expectHeadline(page, expectedHeadline().monteCarlo);
});
