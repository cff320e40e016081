import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { expectHeadline, monteCarloAnswer } from './headline';
import { DEFAULT_SCENARIO, expectedHeadline, tEn } from './model';
import { GOODS_IDS } from '../../src/data/goods';

// The penalty on all other goods (the Section 301 class): 25% by default, 40% here.
const PENALTY_PERCENT = 40;
const edited = {
  ...DEFAULT_SCENARIO,
  goods: {
    ...DEFAULT_SCENARIO.goods,
    other: { ...DEFAULT_SCENARIO.goods.other, ratePenalty: PENALTY_PERCENT / 100 },
  },
};
const before = expectedHeadline();
const after = expectedHeadline(edited);
const label = tEn('goods.ratePenaltyOf', { name: tEn('goods.other') });

test('raising a goods class’s penalty rate raises the expected duties, is written to the link, and the link restores it', async ({
  page,
  openFresh,
}) => {
  await page.goto('/');
  await monteCarloAnswer(page);
  await expectHeadline(page, before.monteCarlo);
  const goods = page.getByRole('region', { name: tEn('goods.heading') });
  const otherDuties = goods.locator('tr[data-goods="other"] td').last();
  const rate = goods.getByRole('spinbutton', { name: label });
  await expect(rate).toHaveValue(String(DEFAULT_SCENARIO.goods.other.ratePenalty * 100));
  const dutiesBefore = await otherDuties.textContent();

  await rate.fill(String(PENALTY_PERCENT));
  await rate.press('Enter');
  // The link carries the goods table: nine cells, the penalty on other goods the last.
  await expect(page).toHaveURL(/[?&]gd=/);
  const cells = new URL(page.url()).searchParams.get('gd')!.split(',').map(Number);
  expect(cells).toHaveLength(GOODS_IDS.length * 3);
  expect(cells[GOODS_IDS.indexOf('other') * 3 + 2]).toBe(PENALTY_PERCENT / 100);
  await monteCarloAnswer(page);
  await expectHeadline(page, after.monteCarlo);
  expect(after.monteCarlo.duties).not.toBe(before.monteCarlo.duties);
  await expect(otherDuties).not.toHaveText(dutiesBefore!);
  await expect(otherDuties).toHaveText(
    after.format.money(after.mc.tariff.expectedDutiesByClass.other[after.end2029]!),
  );
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('');

  const fresh = await openFresh(page.url());
  await expect(
    fresh
      .getByRole('region', { name: tEn('goods.heading') })
      .getByRole('spinbutton', { name: label }),
  ).toHaveValue(String(PENALTY_PERCENT));
  await monteCarloAnswer(fresh);
  await expectHeadline(fresh, after.monteCarlo);
  await expect(fresh.getByRole('status').filter({ hasText: 'About this link' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'section.goods', 'section.headline');
});

test('on a phone, a source panel in the goods table opens in its cell, whole and in reach inside the table’s box', async ({
  openFresh,
}) => {
  const page = await openFresh('/', { viewport: { width: 360, height: 740 } });
  const table = page.locator('table:has(tr[data-goods])');
  const box = page.locator('.scroll:has(tr[data-goods])');
  await table.scrollIntoViewIfNeeded();
  for (const chip of (await table.getByRole('button', { name: /^Source of / }).all()).slice(0, 3)) {
    await chip.click();
    const panel = table.getByRole('note');
    await expect(panel).toHaveCount(1);
    await panel.scrollIntoViewIfNeeded();
    const [p, b] = [(await panel.boundingBox())!, (await box.boundingBox())!];
    // Inside the box's visible part, not cut by its edge.
    expect(p.x).toBeGreaterThanOrEqual(b.x - 1);
    expect(p.x + p.width).toBeLessThanOrEqual(b.x + b.width + 1);
    await expect(panel.getByRole('link', { name: 'Open the source' })).toBeInViewport();
    await chip.click();
    await expect(panel).toHaveCount(0);
  }
});
