/**
 * What the page leaves unlaid out (src/styles/global.css). In traces of a load, Chromium
 * brought each skipped subtree (a section off screen under `content-visibility: auto`, a closed
 * <details>'s content, which it keeps ready to be found in the page) that holds a text field or
 * a list up to date as the page finished parsing, a style and layout pass each (radio buttons,
 * checkboxes and sliders did not bring it): five passes, a third of start-up's longest task. So
 * no skipped subtree holds a text field or a list, and a closed <details> lays out nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Text fields (a number, a date, a month, text) and lists. */
const FIELDS =
  'input:not([type=radio], [type=checkbox], [type=range], [type=file], [type=button]), select, textarea';

/** The skipped subtrees of the page that hold a text field or a list, by tag, id and classes. */
const skippedWithFields = (page: Page) =>
  page.evaluate(
    (fields) =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter(
          (el) =>
            getComputedStyle(el).contentVisibility === 'auto' && el.querySelector(fields) !== null,
        )
        .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
    FIELDS,
  );

/** The closed <details> of the page whose content box is laid out (not display: none). */
const closedLaidOut = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('details:not([open])')]
      .filter((d) => getComputedStyle(d, '::details-content').display !== 'none')
      .map((d) => d.querySelector('summary')?.textContent ?? ''),
  );

for (const width of [390, 1280])
  test(`at ${width} px, no skipped section holds a text field or a list and no closed group is laid out, in the prerender and live`, async ({
    browser,
    page,
  }) => {
    // The prerender, before any script.
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width, height: 900 },
    });
    const prerender = await context.newPage();
    await prerender.goto('/');
    expect(await prerender.locator('details:not([open])').count()).toBeGreaterThan(0);
    expect(await skippedWithFields(prerender)).toEqual([]);
    expect(await closedLaidOut(prerender)).toEqual([]);
    await context.close();
    // The live page, every section mounted.
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const closed = page.locator('details:not([open])');
    expect(await closed.count()).toBeGreaterThan(0);
    expect(await skippedWithFields(page)).toEqual([]);
    expect(await closedLaidOut(page)).toEqual([]);
    // Opened, a group lays out its controls.
    const index = await page.evaluate(() =>
      [...document.querySelectorAll('details')].findIndex(
        (d) => !d.open && d.querySelector('input[type=range]'),
      ),
    );
    const group = page.locator('details').nth(index);
    await group.locator('summary').click();
    await expect(group).toHaveAttribute('open', '');
    await expect(group.getByRole('slider').first()).toBeVisible();
  });
