/** axe-core on the page as it is now (or on the parts a journey touched): no violations allowed. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** @param within CSS selectors of the parts to check (the whole page when none). */
export async function expectNoAxeViolations(page: Page, ...within: string[]): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of within) builder = builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
