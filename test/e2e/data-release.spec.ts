import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { monteCarloAnswer } from './headline';
import { DATA_AS_OF, DATA_VERSION, RELEASES, en, formatEn, tEn } from './model';

const asOf = formatEn.date(DATA_AS_OF);
/** The x of a chart element placed with transform="translate(x,0)", or of a path's first point. */
const xOf = async (el: Locator) => {
  const transform = await el.getAttribute('transform');
  if (transform) return Number(/translate\(([-\d.]+)/.exec(transform)?.[1]);
  return Number(/^M([-\d.]+)/.exec((await el.getAttribute('d')) ?? '')?.[1]);
};

test('the page says how far its data go: above the headline, and on the charts as history then projection', async ({
  page,
}) => {
  await page.goto('/');
  await monteCarloAnswer(page);
  const headline = page.locator('section.headline');
  const line = headline.getByText(tEn('headline.asOf', { date: asOf }));
  await expect(line).toBeVisible();
  // Above the figures.
  const lineBox = (await line.boundingBox())!;
  const figuresBox = (await headline.locator('dl').boundingBox())!;
  expect(lineBox.y + lineBox.height).toBeLessThanOrEqual(figuresBox.y);

  // The money chart marks the data's date; history is drawn solid and the projection lighter.
  const money = page.locator('figure[aria-labelledby="money-title"]');
  const marker = money.locator('g.rule.asOf');
  await expect(marker).toHaveCount(1);
  await expect(marker.locator('text')).toHaveText(tEn('marker.asOf', { date: asOf }));
  const history = money.locator('path.line.credited:not(.projection)');
  const projection = money.locator('path.line.credited.projection');
  const opacity = (el: Locator) => el.evaluate((e) => Number(getComputedStyle(e).opacity));
  expect(await opacity(history)).toBe(1);
  expect(await opacity(projection)).toBeLessThan(1);
  // History runs to the month of the data's date, the projection on from there, and the Monte
  // Carlo's bands start where history ends (before it every path is the same).
  const markerX = await xOf(marker);
  const historyEnd = Number(/([-\d.]+),[-\d.]+$/.exec((await history.getAttribute('d'))!)?.[1]);
  expect(historyEnd).toBeGreaterThanOrEqual(markerX);
  expect(await xOf(projection)).toBe(historyEnd);
  for (const band of ['band90', 'band50'])
    expect(await xOf(money.locator(`path.area.${band}`))).toBeGreaterThanOrEqual(markerX);

  // The tariff chart marks it too.
  await expect(page.getByRole('heading', { name: en['chart.tariff.title'] })).toBeVisible();
  await expect(page.locator('figure[aria-labelledby="tariff-title"] g.rule.asOf text')).toHaveText(
    tEn('marker.asOf', { date: asOf }),
  );
});

test('“What changed in the data” lists every release, newest first, this page’s marked', async ({
  page,
}) => {
  await page.goto('/');
  const details = page.locator('details', { hasText: en['releases.summary'] });
  await details.getByText(en['releases.summary']).click();
  const headings = details.getByRole('heading', { level: 3 });
  const newestFirst = [...RELEASES].reverse();
  await expect(headings).toHaveCount(newestFirst.length);
  for (const [i, r] of newestFirst.entries()) {
    const heading = tEn('releases.heading', {
      version: r.version,
      published: formatEn.date(r.published),
      asOf: formatEn.date(r.dataAsOf),
    });
    await expect(headings.nth(i)).toContainText(heading);
    // Each release says what changed, one line per change.
    const release = details.locator('ol > li').nth(i);
    for (const key of r.changes) await expect(release).toContainText(tEn(key));
  }
  expect(newestFirst.map((r) => r.version)).toEqual(expect.arrayContaining(['2', '1']));
  await expect(headings.first()).toContainText(en['releases.current']);
  await expect(headings.first()).toContainText(`Release ${DATA_VERSION}`);
  await expect(headings.filter({ hasText: en['releases.current'] })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
