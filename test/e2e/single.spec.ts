import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { expectHeadline, monteCarloAnswer } from './headline';
import { en, expectedHeadline } from './model';

test('the one-file page works opened from disk, Monte Carlo included', async ({ page }) => {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  const file = pathToFileURL(resolve('dist-single/index.html')).href;
  await page.goto(file);
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/, { timeout: 15_000 });
  await monteCarloAnswer(page);
  await expectHeadline(page, expectedHeadline().monteCarlo);
  // A page from disk may not start a worker: the runs move to the page, and it says so.
  await expect(page.getByRole('status').filter({ hasText: en['mc.onPage'] })).toBeVisible();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('stalled');
  await expect(page.getByTestId('behind')).toHaveText(/^\d+ months$/);
  // Both catalogues travel in the one file: switching language needs nothing from outside.
  await page
    .getByRole('group', { name: 'Language', exact: true })
    .getByRole('link', { name: '日本語' })
    .click();
  await expect(page.getByTestId('behind')).toHaveText(/^\d+か月$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(
    requests.filter(
      (u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'),
    ),
  ).toEqual([]);
  expect(errors).toEqual([]);
});
