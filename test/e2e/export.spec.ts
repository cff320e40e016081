import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?v=1&m=1&pace=150');
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/, { timeout: 15_000 });
});

test('the exported CSV carries the numbers shown on screen, with a header naming the scenario', async ({
  page,
}) => {
  const { name, text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download How fast the money moves as CSV' }).click(),
  );
  expect(name).toBe('pledge-explorer-money.csv');
  expect(text).toMatch(
    /^# How fast the money moves\n# US\$ bn, cumulative\n# Scenario: http:\/\/127\.0\.0\.1:4173\/\?v=1&m=1&pace=150/,
  );
  expect(text).toContain('# Sources: White House fact sheets');
  // The deadline row matches the table shown on screen.
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  const row = page.getByRole('row', { name: /^2029-01/ });
  const shown = (await row.getByRole('cell').allTextContents()).map((c) =>
    Number(c.replace(/,/g, '')),
  );
  const csvRow = text
    .split('\n')
    .find((l) => l.startsWith('2029-01,'))!
    .split(',')
    .slice(1)
    .map(Number);
  expect(csvRow.map((v) => Math.round(v * 10) / 10)).toEqual(shown);
});

test('the exported SVG stands alone: title, the drawn lines with their colours, source, date and link', async ({
  page,
}) => {
  const { name, text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download How fast the money moves as SVG' }).click(),
  );
  expect(name).toBe('pledge-explorer-money.svg');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('>How fast the money moves</text>');
  const onScreen = await page
    .locator('figure[aria-labelledby="money-title"] path.line.credited')
    .getAttribute('d');
  expect(text).toContain(`d="${onScreen}"`);
  expect(text).toMatch(/stroke:\s*rgb\(0, 114, 178\)/);
  expect(text).toContain('pace=150');
  expect(text).toMatch(/\d{4}-\d\d-\d\d/);
});

test('a chart downloads as PNG, the scenario as JSON, and the scenario card as PNG', async ({
  page,
}) => {
  const png = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download How likely the tariffs come back as PNG' }).click(),
  );
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const json = await downloaded(page, () =>
    page.getByRole('button', { name: 'Scenario (JSON)' }).click(),
  );
  expect(JSON.parse(json.text)).toMatchObject({
    app: 'pledge-explorer',
    model: '1',
    scenario: { paceUsdBnPerYear: 150 },
  });
  const card = await downloaded(page, () =>
    page.getByRole('button', { name: 'Scenario card (PNG)' }).click(),
  );
  expect(card.name).toBe('pledge-explorer-card.png');
  expect(card.bytes.length).toBeGreaterThan(10_000);
});

test('copy link puts the page address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByText('Link copied: paste it anywhere to share this scenario.'),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expectNoAxeViolations(page);
});
