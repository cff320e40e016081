import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

test('a shared link reopens the same scenario with the same numbers in a fresh page', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington');
  await expect(page).toHaveURL(/gw=0\.25/);
  await expect(page).toHaveURL(/[?&]c=/);
  const link = page.url();
  const numbers = await page.getByTestId('summary').textContent();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('summary')).toHaveText(numbers!);
  await expect(fresh.getByRole('combobox', { name: 'Scenario' })).toHaveValue('washington');
  await expect(fresh.getByRole('status').filter({ hasText: 'About this link' })).toHaveCount(0);
  await fresh.close();
  expect(baseURL).toBeTruthy();
});

test('a hostile link is explained as text, never run as HTML, and the page still works', async ({
  page,
}) => {
  await page.goto(
    '/?v=1&pl=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&%3Cb%3Ebold%3C%2Fb%3E=1&mix=9,9,9&sel=%5B%5B',
  );
  const notice = page.getByRole('status').filter({ hasText: 'About this link' });
  await expect(notice).toContainText('Ignored “Pledge” = “<img src=x onerror=alert(1)>”');
  await expect(notice).toContainText('Ignored “<b>bold</b>”');
  await expect(notice).toContainText('did not add up to 100%');
  await expect(notice.locator('img, b')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Pledge', exact: true })).toHaveAttribute(
    'aria-valuetext',
    'US$550bn',
  );
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link made before the numbers changed says so, old against new', async ({ page }) => {
  await page.goto('/?v=1&m=0&c=500_30');
  const notice = page.getByRole('status').filter({ hasText: 'About this link' });
  await expect(notice).toContainText(
    'The numbers have changed since this link was made (model version 0 → 1)',
  );
  await expect(notice).toContainText('US$500bn then, US$550bn now');
});

test('presets push history entries: back and forward move between scenarios', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('stalled');
  await expect(page).toHaveURL(/pace=0/);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('highRates');
  await expect(page).toHaveURL(/ust=0\.055/);
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('stalled');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('highRates');
});
