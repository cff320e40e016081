import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

test('pin, edit, compare, share the link, and reopen the same comparison in a fresh page', async ({
  page,
  openFresh,
}) => {
  test.slow(); // two pages load, the worker's attribution arrives, and axe scans the page
  await page.goto('/');
  await page.getByRole('button', { name: 'Pin this scenario as A' }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington');
  const inputs = page.getByRole('table', {
    name: 'What differs, and how much each difference moved the answers',
  });
  await expect(
    inputs.getByRole('row', { name: /Guarantees count toward the pledge at/ }),
  ).toContainText('100% → 25%');
  await expect(page).toHaveURL(/[?&]a=/);
  // Every time chart overlays A (the money chart draws each line's history and projection
  // apart); A is the defaults, so no baseline is drawn under it.
  await expect(page.locator('path.line.a-line')).toHaveCount(4);
  await expect(page.locator('path.line.baseline')).toHaveCount(0);
  // The worker's attribution arrives: the effects and the waterfall, and the tornado.
  await expect(
    page.getByRole('img', { name: /^From A to B: what each difference did/ }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('img', { name: /^Which assumptions matter most/ })).toBeVisible();
  await expect(inputs.getByRole('row', { name: /Guarantees count/ })).toContainText('−US$');
  const outcomes = await page.getByRole('table', { name: 'The answers, A and B' }).textContent();
  await expectNoAxeViolations(page);

  const fresh = await openFresh(page.url());
  await expect(fresh.getByRole('table', { name: 'The answers, A and B' })).toHaveText(outcomes!);
  await expect(
    fresh
      .getByRole('table', { name: /What differs/ })
      .getByRole('row', { name: /Guarantees count/ }),
  ).toContainText('100% → 25%');
});

test('pinning from the keyboard keeps the reader on the button that takes the pin’s place, and back', async ({
  page,
}) => {
  await page.goto('/');
  const pin = page.getByRole('button', { name: 'Pin this scenario as A' });
  await pin.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop comparing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pin).toBeFocused();
});
