// The first journey: the page, its main chart, the pledge slider and its link. (axe over the
// default page, light and dark, runs in explorer.spec.ts: "the whole explorer passes axe…" and
// "the dark theme can be chosen and passes axe".)
import { expect, test } from './fixtures';

// The money chart's required pace: it runs from the MOU to the pledge, so it moves with the pledge.
const requiredPath = (page: import('@playwright/test').Page) =>
  page.locator('figure[aria-labelledby="money-title"] path.line.required').getAttribute('d');

test('the page loads and shows the chart of the money against the required pace', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
  await expect(page.getByRole('img', { name: /^How fast the money moves/ })).toBeVisible();
  // Credited: history solid up to the data's date, then the projection.
  const credited = page.locator('figure[aria-labelledby="money-title"] path.line.credited');
  await expect(credited).toHaveCount(2);
  await expect(credited.first()).toHaveAttribute('d', /^M/);
  await expect(
    page.locator('figure[aria-labelledby="money-title"] path.line.credited.projection'),
  ).toHaveAttribute('d', /^M/);
  await expect(page.locator('path.line.required')).toHaveAttribute('d', /^M/);
});

test('the pledge slider moves with the keyboard, writes the URL, and a reload restores it', async ({
  page,
}) => {
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'Pledge', exact: true });
  const before = await requiredPath(page);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', 'US$530bn');
  await expect(page).toHaveURL(/[?&]pl=530(&|$)/);
  const after = await requiredPath(page);
  expect(after).not.toBe(before);

  await page.reload();
  await expect(page.getByRole('slider', { name: 'Pledge', exact: true })).toHaveValue('530');
  expect(await requiredPath(page)).toBe(after);
});

test('a shared link opens on the same value in a fresh page', async ({ openFresh, baseURL }) => {
  const page = await openFresh(`${baseURL}/?v=1&pl=800`);
  await expect(page.getByRole('slider', { name: 'Pledge', exact: true })).toHaveAttribute(
    'aria-valuetext',
    'US$800bn',
  );
});
