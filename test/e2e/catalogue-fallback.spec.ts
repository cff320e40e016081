// Not the guarded fixture: these tests block a request on purpose, and the browser reports it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { scrollThrough } from './fixtures';
import { monteCarloAnswer, expectHeadline } from './headline';
import { LINK_VERSIONS, en, expectedHeadline } from './model';

const JA_CATALOGUE = /\/assets\/ja\.(core|later)-[^/]+\.js$/;

/** The built chunk that holds a source module (dist/.vite/modules.json, vite.config.ts). */
function chunkOf(src: string): string {
  const modules = JSON.parse(readFileSync('dist/.vite/modules.json', 'utf8')) as Record<
    string,
    string
  >;
  const chunk = modules[src];
  if (!chunk) throw new Error(`no chunk holds ${src}`);
  return chunk;
}

test('on the embeds’ page, if its Japanese catalogue cannot be fetched, the embed is drawn in English', async ({
  page,
}) => {
  // The file the risk chart's embed build names for Japanese (dist/.vite/embed-risk.json).
  const manifest = JSON.parse(readFileSync('dist/.vite/embed-risk.json', 'utf8')) as Record<
    string,
    { file: string }
  >;
  const ja = manifest['virtual:embed-catalogue/ja']!.file;
  await page.route(`**/${ja}`, (route) => route.abort());
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=risk&lang=ja`);
  await expect(page.getByRole('img', { name: /^How likely a tariff penalty is/ })).toBeVisible();
  await expect(page.getByRole('link', { name: en['embed.open'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('if the Japanese catalogue cannot be fetched, the reader gets the English page, not a blank one', async ({
  page,
}) => {
  await page.route(JA_CATALOGUE, (route) => route.abort());
  await page.goto('/?lang=ja');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The English answers, in English figures, once the Monte Carlo has run.
  await monteCarloAnswer(page);
  await expectHeadline(page, expectedHeadline().monteCarlo);
  // And it says why, in English and in Japanese.
  await expect(page.getByRole('status').filter({ hasText: 'About this link' })).toContainText(
    'The Japanese text could not be loaded, so this page is in English',
  );
  await expect(page.getByRole('status').filter({ hasText: 'About this link' })).toContainText(
    '日本語の表示を読み込めなかったため',
  );
  // The link still names the language it asked for, after a change too: a failed fetch does not
  // rewrite a Japanese reader's link into an English one.
  await page.getByRole('slider', { name: 'Selections a year' }).press('ArrowRight');
  await expect(page).toHaveURL(/[?&]pace=/);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ja');
  // Once the reader picks a language, the link says theirs: Japanese (now it can be fetched),
  // then English again.
  await page.unroute(JA_CATALOGUE);
  const language = (name: string) => page.getByRole('group', { name, exact: true });
  await language('Language').getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveURL(/[?&]lang=ja(&|$)/);
  await language('言語').getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});

test('on the Japanese page, a failed catalogue falls back to English and the link stays on the Japanese page', async ({
  page,
}) => {
  await page.route(JA_CATALOGUE, (route) => route.abort());
  await page.goto('/ja/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
  await page.getByRole('slider', { name: 'Selections a year' }).press('ArrowRight');
  await expect(page).toHaveURL(/[?&]pace=/);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/ja/');
  expect(url.searchParams.get('lang')).not.toBe('en');
  // Once the catalogue can be fetched again, the same link reads Japanese.
  await page.unroute(JA_CATALOGUE);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('if what writes links cannot be fetched, an embed’s link opens the explorer at the embed’s own link', async ({
  page,
}) => {
  await page.route(`**/${chunkOf('src/state/urlWrite.ts')}`, (route) => route.abort());
  await page.goto(`/?${LINK_VERSIONS}&embed=1&chart=money&lang=en&pace=150`);
  await expect(page.getByTestId('embed-answer')).toBeVisible();
  await expect(page.getByRole('link', { name: en['embed.open'] })).toHaveAttribute(
    'href',
    `./?${LINK_VERSIONS}&chart=money&lang=en&pace=150#money`,
  );
});

test('if the exposure’s chunk cannot be fetched, the data download says so and saves no file short of a column', async ({
  page,
}) => {
  await page.route(`**/${chunkOf('src/model/exposure.ts')}`, (route) => route.abort());
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  for (const name of [en['data.csv'], en['data.json']]) {
    // (Each on a page of its own: the first one's message would answer for the second.)
    await page.goto(`/?${LINK_VERSIONS}`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.settled === 'true');
    await monteCarloAnswer(page);
    await page.getByRole('button', { name }).click();
    await expect(
      page.getByRole('status').filter({ hasText: en['data.downloadFailed'] }),
    ).toBeVisible();
  }
  await page.waitForTimeout(500);
  expect(downloads).toEqual([]);
});

test('if a section’s chunk cannot be fetched, its prerendered section stays in its place, awake and drawn', async ({
  page,
}) => {
  await page.route(`**/${chunkOf('src/controls/GoodsTable.svelte')}`, (route) => route.abort());
  await page.goto('/');
  await page.waitForFunction(() => document.getElementById('app')?.dataset.settled === 'true');
  const goods = page.locator('[data-section="goods"]');
  await expect(goods).toHaveAttribute('data-adopted', 'true');
  await expect(goods).not.toHaveAttribute('data-mounted');
  await expect(goods).not.toHaveAttribute('data-asleep');
  // The others still come live as the reader nears them.
  await scrollThrough(page);
  await expect(page.locator('[data-asleep]')).toHaveCount(0);
  await expect(page.locator('[data-section]:not([data-mounted])')).toHaveCount(1);
  // What it shows is the prerender's, drawn (not skipped) once in view.
  const table = goods.getByRole('table');
  await table.scrollIntoViewIfNeeded();
  await expect(table).toBeVisible();
});

for (const [what, link] of [
  ['a link in another language', '/?lang=ja'],
  ['an embed of the explorer’s page', `/?${LINK_VERSIONS}&embed=1&chart=money&lang=en`],
] as const)
  test(`if the app cannot start at all, ${what} shows the prerender as it is, not an empty page`, async ({
    page,
  }) => {
    // Every catalogue's start-up part fails, the English fallback's too.
    await page.route(/\/assets\/(en|ja)(\.core)?-[^/]+\.js$/, (route) => route.abort());
    await page.goto(link);
    await expect(page.locator('html')).not.toHaveClass(/\bfp-other\b/);
    await expect(page.locator('#app > header h1')).toContainText('US$550 bn pledge');
    await expect(page.locator('#app > header h1')).toBeVisible();
    await expect(page.locator('#app')).not.toHaveAttribute('data-live', 'true');
  });
